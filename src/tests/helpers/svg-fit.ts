/**
 * Does an SVG file draw inside its own box when its text is set in DejaVu Sans (the default
 * sans-serif on most Linux systems, and the widest likely face)? Rendered by resvg (@resvg/resvg-js)
 * with only the DejaVu fonts in src/assets/fonts/ loaded, so the answer is the same on every machine.
 */
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { MEASURE_FONTS } from '../../lib/charts/text';
import { ROOT } from './project';

const FONT_OPTIONS = {
  loadSystemFonts: false,
  fontFiles: Object.values(MEASURE_FONTS).map((file) => join(ROOT, file)),
  defaultFontFamily: 'DejaVu Sans',
  sansSerifFamily: 'DejaVu Sans',
};

/** The box (x, y, width, height) of everything resvg draws, or undefined for an empty drawing. */
export function drawnBox(svg: string): { x: number; y: number; width: number; height: number } | undefined {
  const box = new Resvg(svg, { font: FONT_OPTIONS }).getBBox();
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : undefined;
}

/** Width (px) of one line of text as resvg sets it in DejaVu Sans. */
export function renderedTextWidth(text: string, fontSize: number, bold = false): number {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const weight = bold ? ' font-weight="700"' : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="100"><text x="10" y="50" font-family="DejaVu Sans" font-size="${fontSize}"${weight}>${escaped}</text></svg>`;
  return drawnBox(svg)?.width ?? 0;
}

const SLACK = 0.5;

/**
 * What an SVG draws outside its width × height, as messages ("text "…" spans 9–325 px, past the
 * 320 px edge"); empty when everything fits. The full-size background rectangle is left out.
 */
export function overflow(svg: string): string[] {
  const open = /^(?:<\?xml[^>]*>\s*)?(<svg\b[^>]*>)/.exec(svg)?.[1];
  const width = Number(/\bwidth="([\d.]+)"/.exec(open ?? '')?.[1]);
  const height = Number(/\bheight="([\d.]+)"/.exec(open ?? '')?.[1]);
  if (!open || !width || !height) return ['the SVG has no width and height on its root element'];
  const drawing = svg.replace(/<rect width="100%" height="100%"[^>]*\/>/, '');
  const box = drawnBox(drawing);
  if (!box) return [];
  const fits =
    box.x >= -SLACK && box.y >= -SLACK && box.x + box.width <= width + SLACK && box.y + box.height <= height + SLACK;
  if (fits) return [];
  // Say which elements: each drawn alone (with the file's styles) and measured across.
  const style = /<style>[\s\S]*?<\/style>/.exec(svg)?.[0] ?? '';
  const withoutDefs = drawing.replace(/<defs>[\s\S]*?<\/defs>/g, '');
  const problems = [...withoutDefs.matchAll(/<(text|line|circle|rect|path)\b[^>]*?(?:\/>|>[^<]*<\/text>)/g)].flatMap(
    ([element]) => {
      const alone = drawnBox(`${open}${style}<g class="marks"><g class="mark">${element}</g></g></svg>`);
      if (!alone || (alone.x >= -SLACK && alone.x + alone.width <= width + SLACK)) return [];
      const what = /<text\b[^>]*>([^<]*)<\/text>/.exec(element!)?.[1];
      return [
        `${what ? `text "${what}"` : element} spans ${Math.round(alone.x)}–${Math.round(alone.x + alone.width)} px, past the 0–${width} px width`,
      ];
    },
  );
  return problems.length
    ? problems
    : [
        `the drawing spans x ${Math.round(box.x)}–${Math.round(box.x + box.width)}, y ${Math.round(box.y)}–${Math.round(box.y + box.height)} in a ${width} × ${height} box`,
      ];
}
