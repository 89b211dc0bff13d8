/** Pure functions behind navigation, sitemap, external links and search passage links. */
import { describe, expect, test } from 'vitest';
import { neighbours, relatedPages, tableOfContents, topicsInOrder, type NavPage } from '../../lib/site/topic-nav';
import { sitemapXml } from '../../integrations/site-output';
import { isExternalHref, rehypeExternalLinks } from '../../lib/rehype/external-links';
import { excerptParts, passageHref, passagePhrase } from '../../client/search-client';

const page = (id: string, order: number, section = 'topic', related: string[] = []): NavPage => ({
  id,
  title: id,
  order,
  section,
  related,
});
const pages = [
  page('trade', 3),
  page('index', 0, 'home'),
  page('tariffs', 1, 'topic', ['crude-oil', 'ghost']),
  page('crude-oil', 2),
  page('about', 9, 'reference'),
];

describe('topic navigation', () => {
  test('topics are ordered by `order` and exclude home and reference pages', () => {
    expect(topicsInOrder(pages).map((p) => p.id)).toEqual(['tariffs', 'crude-oil', 'trade']);
  });
  test('previous and next follow that order, with none past either end', () => {
    expect(neighbours(pages, 'crude-oil')).toEqual({ previous: pages[2], next: pages[0] });
    expect(neighbours(pages, 'tariffs').previous).toBeUndefined();
    expect(neighbours(pages, 'trade').next).toBeUndefined();
    expect(neighbours(pages, 'about')).toEqual({});
  });
  test('related keeps the author order and drops pages that do not exist', () => {
    expect(relatedPages(pages, ['trade', 'ghost', 'crude-oil']).map((p) => p.id)).toEqual(['trade', 'crude-oil']);
  });
  test('the table of contents holds h2 and h3 only', () => {
    const toc = tableOfContents([
      { depth: 1, slug: 'a', text: 'A' },
      { depth: 2, slug: 'b', text: 'B' },
      { depth: 3, slug: 'c', text: 'C' },
      { depth: 4, slug: 'd', text: 'D' },
    ]);
    expect(toc.map((h) => h.slug)).toEqual(['b', 'c']);
  });
});

describe('sitemap', () => {
  test('lists pages under the base path, with trailing slashes, without search, 404 or images', () => {
    const xml = sitemapXml('https://example.org', '/explainer/', [
      '',
      'tariffs/',
      'sources/kumdi',
      'search/',
      '404/',
      'og/tariffs.png',
    ]);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://example.org/explainer/',
      'https://example.org/explainer/sources/kumdi/',
      'https://example.org/explainer/tariffs/',
    ]);
  });
});

describe('external links', () => {
  test('only absolute links to another origin count as external', () => {
    expect(isExternalHref('https://www.aljazeera.com/x', 'https://example.org')).toBe(true);
    expect(isExternalHref('https://example.org/tariffs/', 'https://example.org')).toBe(false);
    expect(isExternalHref('/tariffs/', 'https://example.org')).toBe(false);
    expect(isExternalHref('#L3', 'https://example.org')).toBe(false);
  });
  test('the rehype plugin adds noopener and noreferrer and keeps existing rel values', () => {
    const link = (href: string, rel?: string[]) => ({
      type: 'element',
      tagName: 'a',
      properties: { href, ...(rel ? { rel } : {}) },
      children: [],
    });
    const tree = { type: 'root', children: [link('https://other.org/', ['license']), link('/local/')] };
    rehypeExternalLinks({ site: 'https://example.org' })(tree);
    expect(tree.children[0]!.properties.rel).toEqual(['license', 'noopener', 'noreferrer']);
    expect('rel' in tree.children[1]!.properties).toBe(false);
  });
});

describe('search passage links', () => {
  const excerpt = 'pressing for <mark>tariffs</mark> on technology &amp; farm [3] exports';
  test('excerpts split into marked and plain text, with entities decoded', () => {
    expect(excerptParts(excerpt)).toEqual([
      { text: 'pressing for ', marked: false },
      { text: 'tariffs', marked: true },
      { text: ' on technology & farm [3] exports', marked: false },
    ]);
  });
  test('the phrase is the marked word with up to two words either side', () => {
    expect(passagePhrase(excerpt)).toBe('pressing for tariffs on technology');
    expect(passagePhrase('no match here')).toBeNull();
  });
  test('the link keeps the heading anchor and adds an encoded text fragment', () => {
    expect(passageHref('/defence/#s400', 'the <mark>S-400</mark> system')).toBe(
      '/defence/#s400:~:text=the%20S%2D400%20system',
    );
    expect(passageHref('/tariffs/', 'plain')).toBe('/tariffs/');
  });
});
