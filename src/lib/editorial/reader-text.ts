/**
 * What a reader meets on a built page, for the reader-words test and the reader-experience report:
 * the visible text (outside <script>, <style> and <template>), image alt text, aria-* attributes
 * and SVG <title>/<desc>. Pure: takes HTML, returns text, so tests can break it on purpose.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

export type TextPlace = 'text' | 'alt' | 'aria' | 'svg title/desc';

export interface ReaderText {
  where: TextPlace;
  text: string;
}

const NOT_READ = new Set(['script', 'style', 'template']);

/** A source's own words quoted verbatim (a quotation, a mark's preview quote) are the source's, not ours. */
function isVerbatimQuote(el: Element): boolean {
  const cls = el.properties.className;
  return (
    el.tagName === 'q' || el.tagName === 'blockquote' || (Array.isArray(cls) && cls.includes('cite-preview-quote'))
  );
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && NOT_READ.has(node.tagName)) return '';
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** Every piece of text a reader can see or hear on the page, with where it sits. */
export function readerTexts(html: string, { quotes = true } = {}): ReaderText[] {
  const out: ReaderText[] = [];
  const walk = (node: Root | Element, inSvg: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text' && child.value.trim()) out.push({ where: 'text', text: child.value });
      if (child.type !== 'element' || NOT_READ.has(child.tagName) || (!quotes && isVerbatimQuote(child))) continue;
      for (const [name, value] of Object.entries(child.properties)) {
        if (typeof value !== 'string' || !value.trim()) continue;
        if (name === 'alt') out.push({ where: 'alt', text: value });
        // hast camel-cases aria-label as ariaLabel.
        if (/^aria[A-Z]/.test(name)) out.push({ where: 'aria', text: value });
      }
      if (inSvg && (child.tagName === 'title' || child.tagName === 'desc')) {
        // An SVG <title>/<desc> is read by screen readers as the drawing's name and description.
        out.push({ where: 'svg title/desc', text: textOf(child) });
        continue;
      }
      walk(child, inSvg || child.tagName === 'svg');
    }
  };
  walk(fromHtml(html), false);
  return out;
}

/** Words that belong to the data model, never to readers: "seed" in any case or number. */
export const INTERNAL_WORD = /\bseeds?\b/i;

export interface InternalWordHit {
  where: TextPlace;
  /** The word with up to 40 characters either side. */
  context: string;
}

export function internalWordHits(html: string, pattern: RegExp = INTERNAL_WORD): InternalWordHit[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  // The site's own words only: "the seeds of the dispute" inside a quotation is the source speaking.
  return readerTexts(html, { quotes: false }).flatMap(({ where, text }) =>
    [...text.matchAll(global)].map((m) => ({
      where,
      context: text
        .slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)
        .replace(/\s+/g, ' ')
        .trim(),
    })),
  );
}
