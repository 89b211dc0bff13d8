/**
 * The reader-experience measures of one built page (issue 18, "Done when"): marks per 100 words,
 * doubled marks, attributions per 100 words, sentences over 40 words and "seed" in reader text.
 * Pure (HTML in, numbers out) so each measure has a test; src/scripts/reader-report.ts adds the two
 * that need a browser (Tab stops per chart, the home story's offset at 360 px) and prints the table.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { readability } from './readability';
import { internalWordHits } from './reader-text';

export interface PageMeasures {
  words: number;
  marks: number;
  marksPer100: number;
  /** The same mark twice in one sentence, or two identical marks with only punctuation between. */
  doubledMarks: number;
  attributions: number;
  attributionsPer100: number;
  longSentences: number;
  seedWords: number;
}

/** Verbs and phrases that say who says so; each occurrence counts once. */
export const ATTRIBUTION =
  /\b(?:says|said|say|reports|reported|according to|writes|wrote|told|argues|argued|notes|noted)\b/gi;
export const LONG_SENTENCE_WORDS = 40;

const hasClass = (el: Element, name: string) => {
  const cls = el.properties.className;
  return Array.isArray(cls) && cls.includes(name);
};

/** Not the page's running text: hidden previews, the source list, the cite box, navigation, scripts. */
function skipped(el: Element): boolean {
  return (
    ['script', 'style', 'template', 'nav', 'svg', 'figure', 'table', 'details', 'header', 'footer'].includes(
      el.tagName,
    ) ||
    el.properties.hidden !== undefined ||
    ['source-list', 'cite-preview', 'page-cite', 'page-version', 'cite-jump', 'visually-hidden', 'toc'].some((c) =>
      hasClass(el, c),
    )
  );
}

/** The page's running text, with each citation mark written as ⟦n⟧ (n its visible number). */
export function markedText(html: string): string {
  const tree = fromHtml(html);
  const find = (node: Nodes): Element | undefined => {
    if (node.type === 'element' && node.tagName === 'main') return node;
    return 'children' in node ? node.children.map(find).find(Boolean) : undefined;
  };
  const main = find(tree);
  if (!main) return '';
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') out.push(node.value);
    if (node.type !== 'element') return;
    if (skipped(node)) return;
    if (node.tagName === 'sup' && hasClass(node, 'cite')) {
      const text = node.children.map((c) => ('value' in c ? c.value : '')).join('');
      for (const c of node.children) {
        if (c.type === 'element' && c.tagName === 'a') {
          const n = c.children
            .map((t) => ('value' in t ? t.value : ''))
            .join('')
            .replace(/[[\]]/g, '');
          out.push(`⟦${n}⟧`);
        }
      }
      if (!text) return;
      return;
    }
    const block = ['p', 'li', 'h1', 'h2', 'h3', 'h4', 'dd', 'dt', 'blockquote'].includes(node.tagName);
    if (block) out.push('\n');
    for (const child of node.children) walk(child);
    if (block) out.push('\n');
  };
  walk(main);
  return out.join('').replace(/[ \t]+/g, ' ');
}

/**
 * Sentences of running text (marks kept), split at . ! ? and any marks after it, so "25%[2].[2]"
 * stays one sentence carrying the mark twice.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((block) => block.split(/(?<=[.!?][”’"')]*(?:⟦[^⟧]+⟧)*)\s+(?=[A-Z“‘"(])/u))
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

export function doubledMarks(text: string): number {
  let count = 0;
  for (const sentence of sentencesOf(text)) {
    const marks = [...sentence.matchAll(/⟦([^⟧]+)⟧/g)].map((m) => m[1]);
    count += marks.length - new Set(marks).size;
  }
  return count;
}

const per100 = (n: number, words: number) => (words === 0 ? 0 : Math.round((n / words) * 1000) / 10);

export function measurePage(html: string): PageMeasures {
  const text = markedText(html);
  const plain = text.replace(/⟦[^⟧]+⟧/g, '');
  const words = plain.trim() ? readability(plain).words : 0;
  const marks = (text.match(/⟦[^⟧]+⟧/g) ?? []).length;
  const attributions = (plain.match(ATTRIBUTION) ?? []).length;
  const longSentences = sentencesOf(plain).filter((s) => readability(s).words > LONG_SENTENCE_WORDS).length;
  return {
    words,
    marks,
    marksPer100: per100(marks, words),
    doubledMarks: doubledMarks(text),
    attributions,
    attributionsPer100: per100(attributions, words),
    longSentences,
    seedWords: internalWordHits(html).length,
  };
}
