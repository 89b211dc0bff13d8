/**
 * The built topic and home pages as a reader gets them: every prose paragraph (a <p>, or a list
 * item without one) either carries a citation mark (sup.cite) or sits in a block marked
 * `data-analysis` (<Reading>), so no sentence is left that a reader cannot check.
 * Navigation items (a link to a page of the site and a short description) are exempt, as in
 * the MDX check (src/lib/remark/check-paragraph-citations.ts).
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { NAVIGATION_WORDS } from '../../lib/remark/check-paragraph-citations';
import { normaliseForMatch } from '../../lib/provenance/text';
import { ROOT } from '../helpers/project';

const DIST = join(ROOT, 'dist');
/**
 * Blocks built by components from verified data or site furniture, not MDX prose: charts, the
 * source list, citation boxes, and the home page's glance (key-figure cards, timeline strip and
 * topic cards, drawn from figures, events and page frontmatter by HomeGlance.astro).
 */
const NOT_PROSE_CLASSES = [
  'chart',
  'source-list',
  'cite-this',
  'page-version',
  'aside-title',
  'reading-note',
  'glance',
];
const NOT_PROSE_TAGS = ['nav', 'figure', 'table', 'details', 'script', 'template'];

const classes = (node: Element): string[] =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
const text = (node: RootContent | Root): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';

function hasMark(node: Element): boolean {
  return node.children.some((c) => c.type === 'element' && (classes(c).includes('cite') || hasMark(c)));
}

function isNavigation(item: Element): boolean {
  const first = item.children.find((c) => c.type === 'element' || (c.type === 'text' && c.value.trim()));
  if (
    first?.type !== 'element' ||
    first.tagName !== 'a' ||
    /^(https?:|mailto:)/.test(String(first.properties.href ?? ''))
  )
    return false;
  const rest = text(item)
    .slice(text(first).length)
    .trim()
    .split(/\s+/)
    .filter((w) => /\w/.test(w));
  return rest.length <= NAVIGATION_WORDS;
}

/** Prose blocks with no citation mark and no data-analysis ancestor. */
function uncitedParagraphs(node: Root | Element, out: string[] = []): string[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if ('dataAnalysis' in child.properties || 'dataSourced' in child.properties) continue;
    if (NOT_PROSE_TAGS.includes(child.tagName) || classes(child).some((c) => NOT_PROSE_CLASSES.includes(c))) continue;
    const isParagraph =
      child.tagName === 'p' ||
      (child.tagName === 'li' && !child.children.some((c) => c.type === 'element' && c.tagName === 'p'));
    if (isParagraph) {
      const words = text(child).trim();
      if (words && !hasMark(child) && !(child.tagName === 'li' && isNavigation(child)))
        out.push(normaliseForMatch(words));
      continue;
    }
    uncitedParagraphs(child, out);
  }
  return out;
}

function pagesToCheck(): { page: string; file: string }[] {
  return readdirSync(join(ROOT, 'content/pages'))
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) => !/^section:\s*reference\b/m.test(readFileSync(join(ROOT, 'content/pages', f), 'utf8')))
    .map((f) => ({
      file: `content/pages/${f}`,
      page: f === 'index.mdx' ? 'index.html' : `${f.replace(/\.mdx$/, '')}/index.html`,
    }));
}

describe.each(pagesToCheck().map((p) => [p.page, p.file] as const))('built page %s', (page, file) => {
  test('has no uncited, unlabelled paragraph', () => {
    const path = join(DIST, page);
    if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first (npm test does)`);
    const body = (function find(node: Root | Element): Element | undefined {
      for (const c of node.children) {
        if (c.type !== 'element') continue;
        if (classes(c).includes('page-body')) return c;
        const found = find(c);
        if (found) return found;
      }
      return undefined;
    })(fromHtml(readFileSync(path, 'utf8')));
    expect(body, 'TopicLayout wraps MDX content in .page-body').toBeDefined();
    expect(uncitedParagraphs(body!), file).toEqual([]);
  });
});

test('the walk finds an uncited paragraph and skips a labelled one (the test can fail)', () => {
  const tree = fromHtml(
    '<div class="page-body"><p>Cited.<sup class="cite"><a href="#">1</a></sup></p><p>Uncited claim.</p><aside class="reading" data-analysis><p>Our view.</p></aside><ul><li><a href="../tariffs/">Tariffs</a> — a short description.</li><li>An uncited item.</li></ul></div>',
    { fragment: true },
  );
  expect(uncitedParagraphs(tree)).toEqual(['Uncited claim.', 'An uncited item.']);
});
