/**
 * Text measures for chart layout: no DOM, so widths are measured for DejaVu Sans, the default
 * sans-serif on most Linux systems and wider than most system faces, from its own glyph advances
 * (the font files in src/assets/fonts/, read with fontkitten). A label that fits in DejaVu Sans
 * fits in the page's system-ui and in a downloaded SVG opened anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';

/** The faces the charts are measured in (the build's working directory is the project root, as for the data). */
export const MEASURE_FONTS = {
  regular: 'src/assets/fonts/DejaVuSans.ttf',
  bold: 'src/assets/fonts/DejaVuSans-Bold.ttf',
} as const;

const faces: Partial<Record<keyof typeof MEASURE_FONTS, Font>> = {};
function face(weight: keyof typeof MEASURE_FONTS): Font {
  return (faces[weight] ??= create(readFileSync(join(process.cwd(), MEASURE_FONTS[weight]))) as Font);
}

/**
 * Width (px) of a line of text: the sum of its glyphs' advances. Kerning only narrows a line, so
 * this never under-measures. Italic is drawn at the regular face's advances in DejaVu Sans.
 * Bold covers 600 and 700 (the charts' labels).
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const font = face(bold ? 'bold' : 'regular');
  let units = 0;
  for (const char of text) units += font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth;
  return (units / font.unitsPerEm) * fontSize;
}

/**
 * Greedy word wrap to a pixel width. A word longer than the line (a URL) is broken after a slash,
 * or anywhere, so nothing runs past the edge.
 */
export function wrap(text: string, width: number, fontSize: number, bold = false): string[] {
  const fits = (t: string) => textWidth(t, fontSize, bold) <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const next = current ? `${current} ${word}` : word;
    if (fits(next)) current = next;
    else {
      if (current) lines.push(current);
      current = word;
      while (!fits(current)) {
        const chars = [...current];
        let most = 1;
        while (most < chars.length && fits(chars.slice(0, most + 1).join(''))) most++;
        const head = chars.slice(0, most).join('');
        const slash = head.lastIndexOf('/');
        const cut = slash > head.length / 2 ? slash + 1 : head.length;
        lines.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
  }
  if (current) lines.push(current);
  return lines;
}
