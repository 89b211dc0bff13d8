/**
 * Geometry → SVG markup, as a string, so the page, the downloadable .svg and the snapshot tests
 * share one renderer. Colours come from CSS classes: the page styles them with the site's theme
 * variables; the standalone file carries its own stylesheet, derived from the page's.
 */
import { wrap, type Geometry, type MarkGeometry, type Shape } from './geometry';
import { standaloneStyle } from './standalone-style';

/** The downloaded file's stylesheet, derived once from the page's chart.css. */
let fileStyle: string | undefined;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function shape(s: Shape, hatch: string): string {
  switch (s.type) {
    case 'path':
      return `<path class="${s.cls}" d="${s.d}"/>`;
    case 'rect': {
      const fill = s.cls.includes('role-derived') ? ` fill="url(#${hatch})"` : '';
      return `<rect class="${s.cls}" x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}"${fill}/>`;
    }
    case 'line':
      return `<line class="${s.cls}" x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}"/>`;
    case 'circle':
      return `<circle class="${s.cls}" cx="${s.cx}" cy="${s.cy}" r="${s.r}"/>`;
    case 'text':
      return `<text class="${s.cls}" x="${s.x}" y="${s.y}"${s.anchor && s.anchor !== 'start' ? ` text-anchor="${s.anchor}"` : ''}>${escapeXml(s.text)}</text>`;
  }
}

/** In the page a chart is one Tab stop: its first mark takes focus, arrow keys move between marks (roving tabindex). */
function markGroup(mark: MarkGeometry, hatch: string, interactive: boolean, first = false): string {
  const source = mark.info.sources[0];
  const data = interactive
    ? ` tabindex="${first ? 0 : -1}" role="img" aria-label="${escapeXml(mark.ariaLabel)}" data-mark="${escapeXml(mark.key)}" data-info="${escapeXml(JSON.stringify(mark.info))}"`
    : '';
  const link = !interactive && source ? `<title>${escapeXml(mark.ariaLabel)}</title>` : '';
  return `<g class="mark mark-${mark.role}"${data}>${link}${shape(mark.hit, hatch)}${mark.shapes.map((s) => shape(s, hatch)).join('')}</g>`;
}

/** The standalone file's title and caption sizes (px), as its stylesheet sets them (standalone-style.ts). */
const FILE_TITLE_SIZE = 16;
const FILE_CAPTION_SIZE = 12;

/** A small drawing for the chart key: the same shapes and classes as the chart's own marks. */
export function keySampleSvg(sample: Shape[], idPrefix: string, size: { width: number; height: number }): string {
  const hatch = `${idPrefix}-hatch`;
  const defs = sample.some((s) => s.cls.includes('role-derived'))
    ? `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>`
    : '';
  return `<svg class="chart-svg key-sample" viewBox="0 0 ${size.width} ${size.height}" width="${size.width}" height="${size.height}" aria-hidden="true" focusable="false">${defs}${sample.map((s) => shape(s, hatch)).join('')}</svg>`;
}

export interface SvgOptions {
  /** Prefix for every id in the drawing, unique on the page (two layouts of one chart share a page). */
  idPrefix: string;
  title: string;
  description: string;
  /** A standalone file: with xmlns and its own stylesheet, marks not focusable. */
  standalone?: boolean;
  className?: string;
  /** Standalone only: lines printed under the drawing (sources, where to find the chart). */
  caption?: string[];
  /** Standalone only: the licence, printed as the last caption line and stated in RDF (Creative Commons' ccREL). */
  licence?: FileLicence;
}

/** Who may reuse a downloaded chart, and how to credit it. */
export interface FileLicence {
  /** "CC BY-SA 4.0" */
  name: string;
  /** The licence deed: https://creativecommons.org/licenses/by-sa/4.0/ */
  url: string;
  /** The credit: "India–Russia–US Explainer contributors" */
  author: string;
  /** The site's address, printed with the credit. */
  siteUrl: string;
  /** The chart's own address (the work being licensed). */
  workUrl: string;
}

/** The visible credit: who, where, and under which licence. */
export function licenceLine(licence: FileLicence): string {
  return `© ${licence.author}, ${licence.siteUrl}. Licensed ${licence.name}: ${licence.url}`;
}

/** The same in RDF, as Inkscape and Creative Commons' licence chooser write it into an SVG. */
function licenceMetadata(licence: FileLicence, title: string): string {
  return [
    '<metadata>',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<cc:Work rdf:about="${escapeXml(licence.workUrl)}">`,
    '<dc:format>image/svg+xml</dc:format>',
    '<dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/>',
    `<dc:title>${escapeXml(title)}</dc:title>`,
    `<dc:creator><cc:Agent><dc:title>${escapeXml(licence.author)}</dc:title></cc:Agent></dc:creator>`,
    `<cc:attributionName>${escapeXml(licence.author)}</cc:attributionName>`,
    `<cc:attributionURL rdf:resource="${escapeXml(licence.siteUrl)}"/>`,
    `<cc:license rdf:resource="${escapeXml(licence.url)}"/>`,
    '</cc:Work>',
    '</rdf:RDF>',
    '</metadata>',
  ].join('');
}

export function renderSvg(geometry: Geometry, options: SvgOptions): string {
  const { idPrefix, standalone = false } = options;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const hatch = `${idPrefix}-hatch`;
  const defs = geometry.usesHatch
    ? `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>`
    : '';
  if (standalone) {
    // A downloaded file travels without its page: print the title above and the sources below.
    // Wrapped as measured in DejaVu Sans (text.ts), the common Linux default and the widest likely face.
    const titleLines = wrap(options.title, geometry.width - 16, FILE_TITLE_SIZE, true);
    const top = 14 + titleLines.length * 20;
    const captionLines = [
      ...(options.caption ?? []),
      ...(options.licence ? [licenceLine(options.licence)] : []),
    ].flatMap((line) => wrap(line, geometry.width - 16, FILE_CAPTION_SIZE));
    const height = geometry.height + top + captionLines.length * 16 + 12;
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${geometry.width} ${height}" width="${geometry.width}" height="${height}" role="group" aria-labelledby="${titleId}" aria-describedby="${descId}" data-layout="${geometry.layout}">`,
      `<title id="${titleId}">${escapeXml(options.title)}</title>`,
      `<desc id="${descId}">${escapeXml(options.description)}</desc>`,
      options.licence ? licenceMetadata(options.licence, options.title) : '',
      `<style>${(fileStyle ??= standaloneStyle())}</style>`,
      defs,
      `<rect class="file-paper" width="100%" height="100%" fill="#fff"/>`,
      ...titleLines.map((line, i) => `<text class="file-title" x="8" y="${20 + i * 20}">${escapeXml(line)}</text>`),
      `<g transform="translate(0,${top})">`,
      `<g class="background">${geometry.background.map((sh) => shape(sh, hatch)).join('')}</g>`,
      `<g class="marks">${geometry.marks.map((m) => markGroup(m, hatch, false)).join('')}</g>`,
      '</g>',
      ...captionLines.map(
        (line, i) =>
          `<text class="file-caption" x="8" y="${geometry.height + top + 12 + i * 16}">${escapeXml(line)}</text>`,
      ),
      '</svg>',
    ].join('');
  }
  // In the page: focusable marks, styled by the page's stylesheet.
  return [
    `<svg${options.className ? ` class="${options.className}"` : ''} viewBox="0 0 ${geometry.width} ${geometry.height}" role="group" aria-labelledby="${titleId}" aria-describedby="${descId}" data-layout="${geometry.layout}">`,
    `<title id="${titleId}">${escapeXml(options.title)}</title>`,
    `<desc id="${descId}">${escapeXml(options.description)}</desc>`,
    defs,
    `<g class="background">${geometry.background.map((s) => shape(s, hatch)).join('')}</g>`,
    `<g class="marks">${geometry.marks.map((m, i) => markGroup(m, hatch, true, i === 0)).join('')}</g>`,
    '</svg>',
  ].join('');
}
