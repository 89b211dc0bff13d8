/**
 * Reads the built site (dist/, produced by `npm test`'s build step) and checks, on every content
 * page, the metadata reference managers read, the "Cite this page" block, versions, permalinks and
 * citation previews; plus the per-figure citations on /figures/ (the reader's changelog: build/corrections.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SITE } from '../../config/site';
import { fileHistory } from '../../lib/cite/git';

const root = process.cwd();
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ has no index.html: run `npx astro build` (npm test builds first)');

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** All <meta name|property=key content=…> values in a page, in order. */
function metas(html: string, key: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<meta\b[^>]*>/g) ?? []) {
    const name = /\s(?:name|property)="([^"]*)"/.exec(tag)?.[1];
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1];
    if (name === key && content !== undefined) out.push(decode(content));
  }
  return out;
}

function one(html: string, key: string): string {
  const found = metas(html, key);
  expect(found, `exactly one <meta ${key}>`).toHaveLength(1);
  return found[0]!;
}

function textOf(html: string): string {
  return decode(html.replace(/<[^>]+>/g, ''));
}

const pagesDir = join(root, 'content/pages');
const pages = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const id = file.replace(/\.mdx$/, '');
    const source = readFileSync(join(pagesDir, file), 'utf8');
    const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { title: string; description: string };
    const path = id === 'index' ? SITE.base : `${SITE.base}${id}/`;
    const html = readFileSync(join(dist, path.slice(SITE.base.length), 'index.html'), 'utf8');
    return { id, file: `content/pages/${file}`, front, url: new URL(path, `${SITE.url}/`).href, html };
  });

test('there are content pages to check', () => {
  expect(pages.length).toBeGreaterThanOrEqual(2);
});

describe.each(pages)('content page $id', ({ file, front, url, html }) => {
  const history = fileHistory(file);

  test('Highwire/Google Scholar citation_* tags that Zotero reads', () => {
    expect(one(html, 'citation_title')).toBe(front.title);
    expect(one(html, 'citation_author')).toBe(SITE.author);
    // A page not yet committed is dated at build time, which the test cannot know exactly.
    if (history.fromGit) expect(one(html, 'citation_publication_date')).toBe(history.published.slice(0, 10).replace(/-/g, '/'));
    expect(one(html, 'citation_publication_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(one(html, 'citation_public_url')).toBe(url);
    expect(one(html, 'citation_language')).toBe(SITE.language);
  });

  test('description, canonical and Open Graph', () => {
    expect(one(html, 'description')).toBe(front.description);
    const canonicals = [...html.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => m[1]);
    expect(canonicals).toEqual([url]);
    expect(one(html, 'og:type')).toBe('article');
    expect(one(html, 'og:site_name')).toBe(SITE.name);
    expect(one(html, 'og:title')).toBe(front.title);
    expect(one(html, 'og:description')).toBe(front.description);
  });

  test('JSON-LD Article with the git dates', () => {
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const article = blocks.find((b) => b['@type'] === 'Article');
    expect(article).toBeDefined();
    expect(article.headline).toBe(front.title);
    expect(article.url).toBe(url);
    expect(article.author).toEqual(expect.objectContaining({ '@type': 'Organization', name: SITE.author }));
    expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    if (history.fromGit) {
      expect(article.datePublished).toBe(history.published);
      expect(article.dateModified).toBe(history.updated);
    }
  });

  test('no inline executable script (strict CSP): only src= scripts and JSON-LD data blocks', () => {
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      expect(tag, tag).toMatch(/\ssrc="|type="application\/ld\+json"/);
    }
  });

  test('"Cite this page" offers four complete formats, each with a copy button', () => {
    const block = /<section class="cite-this"[\s\S]*?<\/section>/.exec(html)?.[0];
    expect(block, 'cite-this section').toBeDefined();
    const texts = [...block!.matchAll(/<(p|pre) class="cite-text" id="([^"]+)">([\s\S]*?)<\/\1>/g)].map((m) => ({ id: m[2]!, text: textOf(m[3]!) }));
    expect(texts.map((t) => t.id.split('-').at(-1))).toEqual(['apa', 'mla', 'chicago', 'bibtex']);
    for (const { id: textId, text } of texts) {
      expect(text).toContain(SITE.author);
      expect(text).toContain(url);
      expect(text).toContain(history.updated.slice(0, 4));
      expect(block).toContain(`data-copy="${textId}"`);
    }
    // The CSL styles print typographic apostrophes ("India’s"); compare with straight ones.
    const straight = (text: string) => text.replace(/[‘’]/g, "'");
    const [apa, mla, chicago] = texts.map((t) => straight(t.text));
    expect(apa).toContain(front.title);
    expect(apa).toMatch(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)\./);
    expect(apa).toMatch(new RegExp(`Retrieved [A-Z][a-z]+ \\d{1,2}, \\d{4}, from ${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    expect(mla!.toLowerCase()).toContain(front.title.toLowerCase());
    expect(chicago!.toLowerCase()).toContain(front.title.toLowerCase());
    // Buttons are hidden until the script runs, so without JavaScript nothing is broken.
    expect(block!.match(/<button[^>]*class="cite-copy"[^>]*>/g)!.every((b) => /\shidden/.test(b))).toBe(true);
  });

  test('last updated date and a link to the source at that exact commit', () => {
    const version = /<p class="page-version">([\s\S]*?)<\/p>/.exec(html)?.[1];
    expect(version).toBeDefined();
    if (history.fromGit) expect(version).toContain(`datetime="${history.updated}"`);
    if (history.commit) expect(version).toContain(`${SITE.repository}/blob/${history.commit}/${file}`);
    expect(version).toMatch(/href="[^"]*changelog\/"/);
  });

  test('every h2–h4 has an id and a permalink to it', () => {
    const headings = [...html.matchAll(/<h([2-4]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)];
    const all = html.match(/<h[2-4]\b/g) ?? [];
    expect(headings.length).toBe(all.length);
    for (const [, , hid, inner] of headings) {
      if (hid!.startsWith('cite-') || hid!.endsWith('-heading')) continue; // page furniture headings (sources, contents, related)
      expect(inner).toContain(`href="#${hid}"`);
    }
  });

  test('each citation mark describes itself with a build-time preview (source and line)', () => {
    const marks = [...html.matchAll(/<sup class="cite"><a ([^>]*)>/g)].map((m) => m[1]!);
    for (const attrs of marks) {
      const previewId = /aria-describedby="([^"]+)"/.exec(attrs)?.[1];
      expect(previewId, attrs).toBeDefined();
      const preview = new RegExp(`<span class="cite-preview" id="${previewId}" role="tooltip" hidden data-pagefind-ignore="all">([\\s\\S]*?)</span></sup>`).exec(html)?.[1];
      expect(preview, previewId).toBeDefined();
      expect(textOf(preview!)).toMatch(/line \d+:|Derived figure/);
      expect(textOf(preview!)).toContain(SITE.url);
    }
  });
});

describe('/figures/', () => {
  const html = readFileSync(join(dist, 'figures/index.html'), 'utf8');
  test('every figure row has a Cite disclosure naming the figure, its URL and its seed', () => {
    const rows = [...html.matchAll(/<tr id="figure-([^"]+)">([\s\S]*?)<\/tr>/g)];
    expect(rows.length).toBeGreaterThan(5);
    for (const [, id, row] of rows) {
      expect(row, id).toContain(`<details class="cite-this cite-compact" id="cite-figure-${id}" data-pagefind-ignore="all">`);
      const apa = textOf(new RegExp(`id="cite-figure-${id}-apa">([\\s\\S]*?)</p>`).exec(row!)?.[1] ?? '');
      expect(apa).toContain('[Figure]');
      expect(apa).toContain(`${SITE.url}${SITE.base}figures/#figure-${id}`);
      expect(row).toContain('Also cite the source');
    }
  });
});
