/**
 * Pages of a PDF as Chromium's page.pdf() writes it: uncompressed object dictionaries, one
 * `/Type /Page` object per page with its own /MediaBox. Enough to count pages and check their
 * size without a PDF library (none is kept in the project); page content streams are not read.
 */

/** The `n 0 obj … endobj` bodies that are page objects (`/Type /Page`, not the `/Pages` tree). */
function pageObjects(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  const objects = text.match(/\d+ \d+ obj\b[\s\S]*?endobj/g) ?? [];
  return objects.filter((object) => /\/Type\s*\/Page(?![A-Za-z])/.test(object));
}

export function pdfPageCount(pdf: Uint8Array): number {
  return pageObjects(pdf).length;
}

/** Each page's size in points from its /MediaBox, rounded to 0.01 pt (A4 is 595.92 × 842.88 in Chromium). */
export function pdfPageSizes(pdf: Uint8Array): { width: number; height: number }[] {
  return pageObjects(pdf).map((object) => {
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(object);
    if (!box) throw new Error(`PDF page object without a /MediaBox: ${object.slice(0, 80)}`);
    const [x0, y0, x1, y1] = box.slice(1).map(Number) as [number, number, number, number];
    const round = (n: number) => Math.round(n * 100) / 100;
    return { width: round(x1 - x0), height: round(y1 - y0) };
  });
}
