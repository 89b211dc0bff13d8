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
import { VERSION_CITATION_BLOCK } from '../../lib/versions/freeze';

const root = process.cwd();
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html')))
  throw new Error('dist/ has no index.html: run `npx astro build` (npm test builds first)');

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
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
    expect(one(html, 'citation_author')).toBe(`${SITE.author},`);
    // The version cited: the last update. A page not yet committed is dated at build time, which the test cannot know exactly.
    if (history.fromGit)
      expect(one(html, 'citation_publication_date')).toBe(history.updated.slice(0, 10).replace(/-/g, '/'));
    expect(one(html, 'citation_publication_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(one(html, 'citation_public_url')).toBe(url);
    expect(one(html, 'citation_language')).toBe(SITE.language);
  });

  test('description, canonical and Open Graph', () => {
    expect(one(html, 'description')).toBe(front.description);
    const canonicals = [...html.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => m[1]);
    expect(canonicals).toEqual([url]);
    expect(one(html, 'og:type')).toBe('website');
    expect(one(html, 'og:site_name')).toBe(SITE.name);
    expect(one(html, 'og:title')).toBe(front.title);
    expect(one(html, 'og:description')).toBe(front.description);
  });

  test('JSON-LD Article with the git dates', () => {
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
      JSON.parse(m[1]!),
    );
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
    // "Cite this version", once the page is released, has its own test (build/citable-pages.test.ts).
    const block = /<section class="cite-this"[\s\S]*?<\/section>/.exec(html)?.[0]?.replace(VERSION_CITATION_BLOCK, '');
    expect(block, 'cite-this section').toBeDefined();
    const texts = [...block!.matchAll(/<(p|pre) class="cite-text" id="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({
      id: m[2]!,
      text: textOf(m[3]!),
    }));
    expect(texts.map((t) => t.id.split('-').at(-1))).toEqual(['apa', 'mla', 'chicago', 'bibtex']);
    for (const { id: textId, text } of texts) {
      // BibTeX writes the en dashes as {\textendash}: classic BibTeX styles stop on non-ASCII bytes.
      expect(text).toContain(textId.endsWith('-bibtex') ? SITE.author.replace(/–/g, '{\\textendash}') : SITE.author);
      expect(text).toContain(url);
      expect(text).toContain(history.updated.slice(0, 4));
      expect(block).toContain(`data-copy="${textId}"`);
    }
    // The CSL styles print typographic apostrophes ("India’s"); compare with straight ones.
    const straight = (text: string) => text.replace(/[‘’]/g, "'");
    const [apa, mla, chicago] = texts.map((t) => straight(t.text));
    expect(apa).toContain(front.title);
    expect(apa).toMatch(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)\./);
    // The access date is the reader's: a placeholder the browser fills in (no build day).
    expect(apa).toMatch(
      new RegExp(`Retrieved \\[date you read it\\], from ${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
    );
    expect(block).toContain('<span data-accessed="us">');
    // APA and MLA italicise a title (APA the page's, MLA the website's), on screen and when copied as rich text.
    expect(block).toMatch(/id="[^"]+-apa">[^<]*<i>/);
    expect(block).toMatch(/id="[^"]+-mla">[^]*?<i>/);
    // "Copied" must be heard: the button's text is not masked by an aria-label (the live region is the script's).
    expect(block).not.toMatch(/<button[^>]*class="cite-copy"[^>]*aria-label/);
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

  test('each citation mark has a short accessible name, a link to its line and a preview (source, line, words) from its endnote or written at build time', () => {
    const marks = [...html.matchAll(/<sup class="cite"><a ([^>]*)>/g)].map((m) => m[1]!);
    expect(marks.length).toBeGreaterThan(0);
    for (const attrs of marks) {
      // Issue 18.3: the name is "Source 2: Al Jazeera, line 4"; the quote is not read after every mark.
      expect(attrs, 'a mark is described by its ~50-word preview').not.toContain('aria-describedby');
      const label = /aria-label="([^"]+)"/.exec(attrs)?.[1];
      expect(label, attrs).toMatch(/^Source \d+: (.+, line \d+|how this figure is derived)$/);
      expect(label!.split(/\s+/).length, label).toBeLessThanOrEqual(10);
      // The browser script shows the endnote's words (topic pages) or the preview written with the
      // page's first mark of that line (pages without endnotes).
      const noteId = /data-note="([^"]+)"/.exec(attrs)?.[1];
      const previewId = /data-preview="([^"]+)"/.exec(attrs)?.[1];
      const preview = noteId
        ? new RegExp(`<li id="${noteId}">([\\s\\S]*?)</li>`).exec(html)?.[1]
        : new RegExp(
            `<span class="cite-preview" id="${previewId}" hidden data-pagefind-ignore="all">([\\s\\S]*?)</span></sup>`,
          ).exec(html)?.[1];
      expect(preview, `${attrs}: no endnote or preview on the page`).toBeDefined();
      expect(textOf(preview!)).toMatch(/line \d+:|Derived figure/);
      // A mark's endnote is the one its number names ("Source 3" → cite-note-3).
      if (noteId) expect(noteId, attrs).toBe(`cite-note-${/^Source (\d+)/.exec(label!)?.[1]}`);
      // The mark itself is the link to the line (the preview shows the words, not the address).
      expect(/href="([^"]+)"/.exec(attrs)?.[1], attrs).toMatch(
        /\/(sources\/[a-z]+\/#L\d+|figures\/#figure-[a-z0-9-]+)$/,
      );
    }
  });
});

describe('/figures/', () => {
  const html = readFileSync(join(dist, 'figures/index.html'), 'utf8');
  test('every figure row has a Cite disclosure naming the figure, its URL and its seed', () => {
    const rows = [...html.matchAll(/<tr id="figure-([^"]+)">([\s\S]*?)<\/tr>/g)];
    expect(rows.length).toBeGreaterThan(5);
    for (const [, id, row] of rows) {
      expect(row, id).toContain(
        `<details class="cite-this cite-compact" id="cite-figure-${id}" data-pagefind-ignore="all">`,
      );
      const apa = textOf(new RegExp(`id="cite-figure-${id}-apa"[^>]*>([\\s\\S]*?)</p>`).exec(row!)?.[1] ?? '');
      expect(apa).toContain('[Figure]');
      expect(apa).toContain(`${SITE.url}${SITE.base}figures/#figure-${id}`);
      // The number is the source's: the original is named first, this site's figure page after it.
      const original = row!.indexOf('Cite the original source');
      expect(original, `${id}: no citation of the original source`).toBeGreaterThan(-1);
      expect(original, `${id}: the site's own citation comes before the original's`).toBeLessThan(
        row!.indexOf(`id="cite-figure-${id}-apa"`),
      );
    }
  });
});

/**
 * What Zotero's Embedded Metadata translator reads (checked with translation-server; see
 * PageMeta.astro), on every citable page, and that every route gives the same version date:
 * the page's meta, its cite box (APA), its .bib (biblatex date) and its .ris (DA).
 */
describe('the metadata Zotero relies on, on every citable page', () => {
  const citable = readdirSync(join(dist, 'cite'))
    .filter((f) => f.endsWith('.ris'))
    .map((f) => {
      const key = f.replace(/\.ris$/, '');
      const ris = readFileSync(join(dist, 'cite', f), 'utf8');
      const url = /^UR {2}- (.+)$/m.exec(ris)?.[1] ?? '';
      const html = readFileSync(join(dist, new URL(url).pathname.slice(SITE.base.length), 'index.html'), 'utf8');
      return { key, ris, bib: readFileSync(join(dist, 'cite', `${key}.bib`), 'utf8'), url, html };
    });

  test('every .ris names a page that exists', () => {
    expect(citable.length).toBeGreaterThan(20);
  });

  describe.each(citable)('$key', ({ key, ris, bib, url, html }) => {
    test('a title, a group author Zotero keeps as one name, a web page, the site name', () => {
      expect(one(html, 'citation_title')).toBe(one(html, 'og:title'));
      // One citation_author ending in a comma: Zotero's cleanAuthor(…, useComma) gives lastName = the
      // whole group and no first name, a single-field creator (without it: "Contributors, I.-R. E.").
      const author = one(html, 'citation_author');
      expect(author).toBe(`${SITE.author},`);
      expect(author.split(',').filter((part) => part.trim())).toHaveLength(1);
      expect(one(html, 'og:type'), 'og:type "article" makes Zotero guess a journal article').toBe('website');
      expect(one(html, 'og:site_name')).toBe(SITE.name);
      expect(one(html, 'citation_public_url')).toBe(url);
    });

    test('one version date in the meta, Open Graph, the cite box, the .bib and the .ris', () => {
      const day = one(html, 'citation_publication_date').replace(/\//g, '-');
      expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(one(html, 'og:updated_time').slice(0, 10), 'og:updated_time').toBe(day);
      expect(/^DA {2}- (.+)$/m.exec(ris)?.[1]?.replace(/\//g, '-'), `${key}.ris DA`).toBe(day);
      expect(/\tdate = \{([^}]+)\}/.exec(bib)?.[1], `${key}.bib date`).toBe(day);
      const box = /<section class="cite-this" id="cite-[^"]+"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(/<time datetime="([^"]+)"/.exec(box)?.[1]?.slice(0, 10), 'the cite box\'s "Version of"').toBe(day);
      const [y, m, d] = day.split('-').map(Number);
      const month = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
      expect(textOf(box), 'the APA date in the cite box').toContain(`(${y}, ${month} ${d})`);
    });
  });
});

describe('source pages cite the original article with only what its file states', () => {
  const sources = parseYaml(readFileSync(join(root, 'content/data/sources.yaml'), 'utf8')) as {
    id: string;
    publisher: string;
    headline: string;
    author?: string;
    published: { stated: string; line?: number };
  }[];
  test.each(sources)('/sources/$id/', (source) => {
    const html = readFileSync(join(dist, 'sources', source.id, 'index.html'), 'utf8');
    const block = /<section class="cite-this cite-original"[\s\S]*?<\/section>/.exec(html)?.[0];
    expect(block, 'a "Cite the original article" block').toBeDefined();
    const text = textOf(block!);
    const publisher = source.publisher.replace(/\s*\(.*\)$/, '');
    expect(text).toContain(publisher);
    expect(text.replace(/[‘’]/g, "'")).toContain(source.headline.replace(/[‘’]/g, "'"));
    expect(text).toContain(source.published.line ? `As printed: “${source.published.stated}”` : 'Not stated');
    if (!source.published.line)
      expect(textOf(/id="cite-original-apa"[^>]*>([\s\S]*?)<\/p>/.exec(block!)?.[1] ?? ''), 'APA says n.d.').toContain(
        '(n.d.)',
      );
    // The files record no address for the originals: none may be made up.
    const formats = /<dl class="cite-formats">[\s\S]*?<\/dl>/.exec(block!)?.[0] ?? '';
    expect(formats, 'a URL in a citation of the original').not.toMatch(/https?:\/\//);
    expect(text).toContain('Not recorded in the file');
    expect(html.indexOf('href="#cite-original"'), 'a link to it near the title').toBeLessThan(html.indexOf('<h1'));
  });
});
