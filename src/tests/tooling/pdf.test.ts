/** The PDF page counter the print test relies on (src/tests/helpers/pdf.ts), on hand-made PDF objects. */
import { describe, expect, test } from 'vitest';
import { pdfPageCount, pdfPageSizes } from '../helpers/pdf';

const pdf = (objects: string[]) =>
  new TextEncoder().encode(`%PDF-1.4\n${objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj`).join('\n')}\n%%EOF`);
const page = (box: string) => `<</Type /Page\n/Resources <</Font <</F1 4 0 R>>>>\n/MediaBox [${box}]\n/Parent 9 0 R>>`;

describe('pdf page objects', () => {
  test('counts /Type /Page objects and not the /Pages tree or other objects', () => {
    const file = pdf([
      '<</Type /Catalog /Pages 3 0 R>>',
      page('0 0 595.91998 842.88'),
      '<</Type /Pages /Count 2 /Kids [2 0 R 4 0 R]>>',
      page('0 0 612 792'),
    ]);
    expect(pdfPageCount(file)).toBe(2);
    expect(pdfPageSizes(file)).toEqual([
      { width: 595.92, height: 842.88 },
      { width: 612, height: 792 },
    ]);
  });
  test('a page object without a /MediaBox is an error, not a size of zero', () => {
    expect(() => pdfPageSizes(pdf(['<</Type /Page /Parent 2 0 R>>']))).toThrow(/without a \/MediaBox/);
  });
});
