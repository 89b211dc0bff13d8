/**
 * Every page a student might cite, as built: dated in its citation metadata (from the git history
 * of what it shows), with .bib and .ris files that reference managers read cleanly. BibTeX is read
 * with @retorquere/bibtex-parser (the parser behind Zotero's Better BibTeX): no parse errors, a
 * BibTeX month, one URL, and the fields classic styles (unsrt) require for the entry type.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/project';
import { SITE } from '../../config/site';
import { versionStore } from '../../lib/versions/store';
import { latestVersion } from '../../lib/versions/citations';
import { VERSION_CITATION_BLOCK } from '../../lib/versions/freeze';

const dist = join(ROOT, 'dist');
/** The CSL-JSON fields this test reads of what citation-js parsed. */
interface CslItem {
  type: string;
  author?: { literal?: string; family?: string }[];
  URL?: string;
  issued?: { 'date-parts'?: number[][] };
}
const built = existsSync(join(dist, 'cite'));

/**
 * Built HTML pages, as site paths ('' for home), leaving out search, 404 and embeds (not citable),
 * the corrections list, and frozen versions and their histories (src/tests/build/versions.test.ts
 * checks a version's own citation metadata).
 */
function htmlPages(dir = dist, prefix = ''): string[] {
  return readdirSync(join(dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return ['_astro', 'pagefind', 'og', 'embed', 'search', 'corrections', 'v', 'history'].includes(entry.name) &&
        !prefix
        ? []
        : htmlPages(join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name === 'index.html' ? [prefix] : [];
  });
}

const meta = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`, 'g'))].map((m) => m[1]);

/**
 * What classic BibTeX's unsrt style needs to format an entry without a missing-field warning
 * (@online, unknown to it, is formatted as @misc).
 */
const REQUIRED: Record<string, string[]> = { article: ['author', 'title', 'journal', 'year'], misc: [], online: [] };

function bibtexProblems(text: string, where: string): string[] {
  const library = parseBibtex(text);
  const problems = library.errors.map((e) => `${where}: parse error ${e.error}`);
  if (library.entries.length !== 1) problems.push(`${where}: expected one entry, found ${library.entries.length}`);
  for (const entry of library.entries) {
    const fields = entry.fields as Record<string, unknown>;
    for (const field of REQUIRED[entry.type] ?? ['(unknown entry type)'])
      if (!(field in fields)) problems.push(`${where}: @${entry.type} needs ${field} for BibTeX styles`);
    if (!fields.author || !fields.title) problems.push(`${where}: no author or title`);
    if ('month' in fields && !/^(?:[1-9]|1[0-2])$/.test(String(fields.month)))
      problems.push(`${where}: month "${String(fields.month)}" is not a BibTeX month`);
    if ('year' in fields && !/^\d{4}$/.test(String(fields.year)))
      problems.push(`${where}: year "${String(fields.year)}"`);
  }
  if ((text.match(/https?:\/\//g) ?? []).length > 1) problems.push(`${where}: the URL is given more than once`);
  return problems;
}

describe('bibtexProblems', () => {
  it('catches what the old entries did wrong', () => {
    expect(
      bibtexProblems(
        '@misc{a, author = {{X}}, title = {T}, year = {2026}, month = {nov 22}, url = {https://a/}, howpublished = {https://a/}}',
        'old page',
      ),
    ).toEqual(['old page: month "nov 22" is not a BibTeX month', 'old page: the URL is given more than once']);
    expect(bibtexProblems('@article{s, journal = {Al Jazeera}, title = {T}}', 'old source')).toEqual([
      'old source: @article needs author for BibTeX styles',
      'old source: @article needs year for BibTeX styles',
      'old source: no author or title',
    ]);
    expect(
      bibtexProblems('@misc{a, title = {T', 'broken').some(
        (p) => p.includes('parse error') || p.includes('expected one entry'),
      ),
    ).toBe(true);
  });
});

describe.runIf(built)('citable pages as built', () => {
  const pages = htmlPages().filter((p) => p !== '404/');
  it('covers the content pages and the pages built from data', () => {
    for (const path of [
      '',
      'tariffs/',
      'timeline/',
      'timeline/crude/',
      'disagreements/',
      'glossary/',
      'people/',
      'figures/',
      'charts/',
      'sources/',
      'sources/aljazeera/',
      'changelog/',
    ])
      expect(pages).toContain(path);
  });

  describe.each(pages)('/%s', (path) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    it('has one date in its citation metadata, the version cited, which Open Graph repeats', () => {
      const [date] = meta(html, 'citation_publication_date');
      expect(meta(html, 'citation_publication_date')).toEqual([expect.stringMatching(/^\d{4}\/\d{2}\/\d{2}$/)]);
      expect(meta(html, 'citation_online_date'), 'a second date Zotero could take instead').toEqual([]);
      expect(meta(html, 'og:updated_time').map((t) => t!.slice(0, 10).replace(/-/g, '/'))).toEqual([date]);
    });
    it('has a cite box with a "Cite" link near the title that leads to it', () => {
      const box = /<section class="cite-this" id="(cite-[a-z0-9-]+)"/.exec(html)?.[1];
      expect(box, "the page's cite box").toBeDefined();
      const jump = /<p class="cite-jump"[^>]*>([\s\S]*?)<\/p>/.exec(html);
      expect(jump?.[1], 'a "Cite this page" link to the box').toContain(`<a href="#${box}">Cite this page</a>`);
      expect(jump!.index, 'the Cite link comes before the page title').toBeLessThan(html.indexOf('<h1'));
    });
    it('offers .bib and .ris files that exist', () => {
      const links = [...html.matchAll(/href="([^"]*\/cite\/[a-z0-9-]+\.(?:bib|ris))"/g)].map((m) => m[1]!);
      expect(links.map((l) => l.split('.').at(-1)).sort()).toEqual(['bib', 'ris']);
      for (const link of links) expect(existsSync(join(dist, link.replace(/^.*\/cite\//, 'cite/'))), link).toBe(true);
    });
    it('cites its latest permanent version beside the page once it has one (not on the home page, for its weight)', () => {
      const key = /<section class="cite-this" id="cite-([a-z0-9-]+)"/.exec(html)![1]!;
      const latest = path === '' ? undefined : latestVersion(versionStore(ROOT), { key, path });
      const blocks = html.match(VERSION_CITATION_BLOCK) ?? [];
      if (!latest) {
        expect(blocks, 'no version to cite before the first release').toEqual([]);
        return;
      }
      expect(blocks).toHaveLength(1);
      const block = blocks[0]!;
      const url = new URL(`${SITE.base}v/${latest.date}/${path}`, `${SITE.url}/`).href;
      const texts = [...block.matchAll(/<(p|pre) class="cite-text" id="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)];
      expect(texts.map((m) => m[2])).toEqual(
        ['apa', 'mla', 'chicago', 'bibtex'].map((f) => `cite-${key}-version-${f}`),
      );
      for (const [, , id, text] of texts) {
        expect(text, id).toContain(url);
        expect(text, `${id}: an archived version takes no access date`).not.toMatch(/data-accessed|Retrieved/);
      }
      for (const extension of ['bib', 'ris']) {
        const file = `cite/v/${latest.date}/${key}.${extension}`;
        expect(block).toContain(`href="${SITE.base}${file}"`);
        const content = readFileSync(join(dist, file), 'utf8');
        expect(content).toContain(url);
        if (extension === 'bib') expect(bibtexProblems(content, file)).toEqual([]);
      }
    });
    it('shows BibTeX entries that parse cleanly', () => {
      // The access date is a span the browser fills in; the text around it is the entry.
      const text = (inner: string) =>
        inner
          .replace(/<[^>]+>/g, '')
          .replace(/&#38;|&amp;/g, '&')
          .replace(/&#60;|&lt;/g, '<')
          .replace(/&#62;|&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'");
      const blocks = [...html.matchAll(/<pre class="cite-text" id="([^"]+-bibtex)">([\s\S]*?)<\/pre>/g)].map((m) => ({
        id: m[1]!,
        text: text(m[2]!),
      }));
      expect(blocks.flatMap((b) => bibtexProblems(b.text, `/${path} #${b.id}`))).toEqual([]);
    });
  });

  it('declares every page a website, so Zotero makes a web page (with og:type "article" it guesses a journal article)', () => {
    for (const path of pages)
      expect(meta(readFileSync(join(dist, path, 'index.html'), 'utf8'), 'og:type'), `/${path}`).toEqual(['website']);
  });

  const files = readdirSync(join(dist, 'cite'));
  it.each(files.filter((f) => f.endsWith('.bib')))('cite/%s parses without errors', (file) => {
    expect(bibtexProblems(readFileSync(join(dist, 'cite', file), 'utf8'), file)).toEqual([]);
  });
  it.each(files.filter((f) => f.endsWith('.bib')))(
    "cite/%s carries what Zotero's BibTeX importer makes a web page of (group author, site, day, URL)",
    (file) => {
      // BibTeX.js (zotero/translators): @online → webpage (@misc → document); journaltitle → websiteTitle;
      // date → date; one braced name → a single-field creator.
      const [entry] = parseBibtex(readFileSync(join(dist, 'cite', file), 'utf8')).entries;
      expect(entry!.type).toBe('online');
      expect(entry!.fields.author).toEqual([{ name: SITE.author }]);
      expect(entry!.fields.journaltitle).toBe(SITE.name);
      expect(String(entry!.fields.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(String(entry!.fields.url)).toMatch(new RegExp(`^${SITE.url}/`));
    },
  );
  it('every cite/*.bib reads in citation-js (@citation-js/plugin-bibtex) as a web page by the site, with its URL and day', () => {
    const bibs = files.filter((f) => f.endsWith('.bib'));
    expect(bibs.length).toBeGreaterThan(10);
    for (const file of bibs) {
      const items = new Cite(readFileSync(join(dist, 'cite', file), 'utf8')).data as CslItem[];
      expect(items, file).toHaveLength(1);
      const [item] = items;
      expect(item!.type, file).toBe('webpage');
      // One braced name: a single-field group author, never split into given and family names.
      expect(item!.author, file).toEqual([{ family: SITE.author }]);
      expect(item!.URL, file).toMatch(new RegExp(`^${SITE.url}/`));
      expect(item!.issued?.['date-parts']?.[0], file).toHaveLength(3);
    }
  });
  it.each(files.filter((f) => f.endsWith('.ris')))('cite/%s is a complete RIS record', (file) => {
    const lines = readFileSync(join(dist, 'cite', file), 'utf8').split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.at(-1)).toBe('');
    expect(
      lines.slice(0, -1).every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l)),
      'every line is "XX  - value"',
    ).toBe(true);
    const tags = lines.map((l) => l.slice(0, 2));
    for (const tag of ['AU', 'TI', 'T2', 'PY', 'DA', 'UR']) expect(tags, `${file} has ${tag}`).toContain(tag);
    // A file built once cannot know the day it is read; the cite box's link adds it on download.
    expect(tags, `${file} states an access date (Y2)`).not.toContain('Y2');
  });
});
