/**
 * Reads the built pages as a reader gets them: every digit in a topic page's body must sit in a
 * cited element, every cited element must link to a seed line (or a derived figure's workings),
 * and every seed-line link must land on an anchor of that source page.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { maskDigitNames } from '../../lib/provenance/digit-names';
import { ROOT } from '../helpers/project';
import { SITE } from '../../config/site';
import { fileForPath, listPages } from '../../scripts/lib/site-pages';

const sitePages = () => listPages(join(ROOT, 'dist'), SITE.base).pages;

const DIST = join(ROOT, 'dist');
/** Elements whose text is proven: figure values, event dates, quotations, marks, and chart/data blocks built from verified data. */
const CITED_CLASSES = ['fig', 'when', 'quote', 'cite'];

/** Parsed once per file: source pages are read again for every link that points at them. */
const parsed = new Map<string, Root>();
function read(path: string): Root {
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first (npm test does)`);
  let tree = parsed.get(path);
  if (!tree) parsed.set(path, (tree = fromHtml(readFileSync(path, 'utf8'))));
  return tree;
}

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function find(node: Root | RootContent, predicate: (e: Element) => boolean, out: Element[] = []): Element[] {
  if (node.type === 'element' && predicate(node)) out.push(node);
  if ('children' in node) for (const child of node.children) find(child, predicate, out);
  return out;
}

/** Text outside cited elements. */
function uncitedText(node: RootContent, out: string[] = []): string[] {
  if (node.type === 'text') out.push(node.value);
  if (node.type !== 'element') return out;
  if (classes(node).some((c) => CITED_CLASSES.includes(c)) || 'dataSourced' in node.properties) return out;
  if (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'template') return out;
  for (const child of node.children) uncitedText(child, out);
  return out;
}

function topicPages(): string[] {
  const pages = readdirSync(join(ROOT, 'content/pages'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
  return pages.map((slug) => (slug === 'index' ? 'index.html' : `${slug}/index.html`));
}

describe.each(topicPages().map((p) => [p] as const))('built page %s', (page) => {
  const tree = read(join(DIST, page));
  const body = find(tree, (e) => classes(e).includes('page-body'))[0];

  test('has a page body', () => {
    expect(body, 'TopicLayout wraps MDX content in .page-body').toBeDefined();
  });

  test('every digit in the body is inside a cited element', () => {
    const text = maskDigitNames(body!.children.flatMap((c) => uncitedText(c)).join(' '));
    // Digits of any script: "٥٠%" is a number to a reader as much as "50%".
    expect(text.match(/[^\s]*\p{Nd}[^\s]*/gu) ?? []).toEqual([]);
  });

  test('every figure and date is followed by a citation link to a seed line or a derived figure', () => {
    const marks = find(body!, (e) => classes(e).includes('cite'));
    const cited = find(body!, (e) => ['fig', 'when', 'quote'].some((c) => classes(e).includes(c)));
    expect(marks.length).toBeGreaterThanOrEqual(cited.length);
    for (const mark of marks) {
      const link = find(mark, (e) => e.tagName === 'a')[0];
      expect(String(link?.properties.href)).toMatch(/\/(sources\/[a-z]+\/#L\d+|figures\/#figure-[a-z0-9-]+)$/);
      expect(String(link?.properties.id)).toMatch(/^cite-ref-\d+-[a-z]+$/);
    }
  });

  test('the source list links back to every mark', () => {
    const markIds = new Set(
      find(body!, (e) => e.tagName === 'a' && String(e.properties.id ?? '').startsWith('cite-ref-')).map((a) =>
        String(a.properties.id),
      ),
    );
    const list = find(tree, (e) => classes(e).includes('source-list'))[0];
    if (markIds.size === 0) return expect(list).toBeUndefined();
    const backlinks = new Set(
      find(list!, (e) => e.tagName === 'a' && String(e.properties.href ?? '').startsWith('#cite-ref-')).map((a) =>
        String(a.properties.href).slice(1),
      ),
    );
    expect([...markIds].filter((id) => !backlinks.has(id))).toEqual([]);
  });
});

test('every citation mark on every page leads to a source line or figure that exists (plain links: this is what a reader without JavaScript follows)', () => {
  const site = new URL(SITE.url);
  const targets = new Map<string, string[]>(); // href → pages citing it
  for (const page of sitePages()) {
    const marks = find(read(page.file), (e) => e.tagName === 'sup' && classes(e).includes('cite')).flatMap((sup) =>
      find(sup, (e) => e.tagName === 'a'),
    );
    for (const a of marks) {
      const href = new URL(String(a.properties.href ?? ''), `${site.origin}${page.path}`).href;
      targets.set(href, [...(targets.get(href) ?? []), page.path]);
    }
  }
  expect(targets.size, 'no citation marks (sup.cite a) on any page').toBeGreaterThan(0);
  const broken: string[] = [];
  for (const [href, citedOn] of targets) {
    const url = new URL(href);
    if (url.origin !== site.origin) {
      broken.push(`${href} (cited on ${citedOn[0]}) leaves the site`);
      continue;
    }
    if (!url.hash) {
      broken.push(`${href} (cited on ${citedOn[0]}) has no #line fragment`);
      continue;
    }
    const file = fileForPath(DIST, url.pathname, SITE.base);
    const id = decodeURIComponent(url.hash.slice(1));
    if (!file || find(read(file), (e) => e.properties.id === id).length === 0)
      broken.push(`${url.pathname}${url.hash} (cited on ${citedOn.join(', ')}) has no element with id "${id}"`);
  }
  expect(broken, `citation links that lead nowhere (${broken.length}):\n  - ${broken.join('\n  - ')}`).toEqual([]);
});

test('every seed-line link on topic pages lands on an anchor of its source page', () => {
  const missing: string[] = [];
  for (const page of topicPages()) {
    const links = find(
      read(join(DIST, page)),
      (e) => e.tagName === 'a' && /\/sources\/[a-z]+\/#L\d+$/.test(String(e.properties.href ?? '')),
    );
    for (const link of links) {
      const [, seed, line] = /\/sources\/([a-z]+)\/#L(\d+)$/.exec(String(link.properties.href))!;
      const target = find(read(join(DIST, 'sources', seed!, 'index.html')), (e) => e.properties.id === `L${line}`);
      if (target.length !== 1) missing.push(`${page} → ${seed}#L${line}`);
    }
  }
  expect(missing).toEqual([]);
});
