/**
 * Frozen versions (issue 19.1, 19.2): three real releases into a temporary version store.
 * Release 1 freezes the real build (dist/); release 2, of the same build a day later, freezes
 * nothing; release 3, after a sentence on /tariffs/ is edited, freezes that page alone. The frozen
 * pages cite themselves, link the current page, share content-addressed assets, keep passing the
 * verifier, diff word by word and list in the page's TimeMap.
 *
 * To stay cheap it builds nothing: the edited site is a copy of dist/ with the sentence changed in
 * the page and its Markdown twin, as the next build would render it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/project';
import { SITE } from '../../config/site';
import { release, readManifest, builtPages } from '../../lib/versions/release';
import { historyPath, relativeFrom, sha256, versionPath } from '../../lib/versions/freeze';
import { diffCounts, readableText, timemap, wordDiff } from '../../lib/versions/history';
import { loadProject } from '../../lib/provenance/load';
import { footnotePassages } from '../../lib/site/markdown-twin';
import { checkSeedRef } from '../../lib/provenance/checks/seed-ref';

const DIST = join(ROOT, 'dist');
/**
 * The sentence to edit: the first plain sentence of the page's Markdown twin (letters, spaces and
 * commas only, so it reads the same in the HTML) that occurs once in the built HTML. Found, not
 * written here, so rewording the page does not break the test.
 */
function plainSentence(html: string, markdown: string): string {
  const sentences = markdown
    .split('\n')
    .filter((l) => !/^(#|\[\^|Source:)/.test(l))
    .join(' ')
    .split(/(?<=\.)\s+/);
  const found = sentences.find((s) => /^[A-Z][A-Za-z ,]{40,}\.$/.test(s) && html.split(s).length === 2);
  if (!found) throw new Error('tariffs/: no plain sentence found in both the HTML and the Markdown twin to edit');
  return found;
}
let BEFORE = '';
let AFTER = '';
const [FIRST, SECOND, THIRD] = ['2026-12-01', '2026-12-02', '2026-12-08'];
let dir: string;
let store: string;
const options = (distDir: string, date: string) => ({
  distDir,
  storeDir: store,
  date,
  siteUrl: SITE.url,
  base: SITE.base,
  summary: 'A sentence on the tariffs page reworded.',
});
const frozen = (date: string, path: string, file = 'index.html') => readFileSync(join(store, date, path, file), 'utf8');
const results: Record<string, string[]> = {};
let storeAfterFirst = '';
let storeAfterSecond = '';

/** Every file in the store with its bytes, to prove a release changed nothing. */
function snapshot(folder: string): string {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((f) => `${f} ${sha256(readFileSync(f))}`)
    .join('\n');
}

beforeAll(() => {
  if (!existsSync(join(DIST, 'tariffs/index.html')))
    throw new Error('dist/ is missing: run "npm run build" first (npm test does)');
  dir = mkdtempSync(join(tmpdir(), 'versions-'));
  store = join(dir, 'public/v');
  results.first = release(options(DIST, FIRST)).frozen;
  storeAfterFirst = snapshot(store);
  results.second = release(options(DIST, SECOND)).frozen;
  storeAfterSecond = snapshot(store);
  // The next build, with one sentence edited (one word added): only the pages themselves are needed.
  BEFORE = plainSentence(
    readFileSync(join(DIST, 'tariffs/index.html'), 'utf8'),
    readFileSync(join(DIST, 'tariffs/index.md'), 'utf8'),
  );
  AFTER = BEFORE.replace(/^(\S+ \S+)/, '$1 indeed');
  const edited = join(dir, 'dist');
  cpSync(DIST, edited, { recursive: true, filter: (src) => !/\/(pagefind|og)(\/|$)/.test(src.slice(DIST.length)) });
  for (const file of ['tariffs/index.html', 'tariffs/index.md']) {
    const text = readFileSync(join(edited, file), 'utf8');
    if (!text.includes(BEFORE))
      throw new Error(`${file} no longer contains the sentence this test edits: update BEFORE`);
    writeFileSync(join(edited, file), text.replace(BEFORE, AFTER));
  }
  results.third = release(options(edited, THIRD)).frozen;
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('releases', () => {
  test('the first release freezes every citable page, with its Markdown twin where it has one', () => {
    expect(results.first).toEqual(builtPages(DIST));
    expect(results.first).toContain('tariffs/');
    expect(results.first).toContain('');
    expect(results.first).not.toContain('search/');
    expect(existsSync(join(store, FIRST, 'tariffs/index.md'))).toBe(true);
  });

  test('a release with no change freezes nothing and writes nothing', () => {
    expect(results.second).toEqual([]);
    expect(storeAfterSecond).toBe(storeAfterFirst);
    expect(existsSync(join(store, SECOND))).toBe(false);
    expect(readManifest(store).releases.map((r) => r.date)).toEqual([FIRST, THIRD]);
  });

  test('after a sentence is edited, only that page is frozen again, and earlier versions are untouched', () => {
    expect(results.third).toEqual(['tariffs/']);
    expect(frozen(FIRST, 'tariffs/')).toContain(BEFORE);
    expect(frozen(THIRD, 'tariffs/')).toContain(AFTER);
    expect(frozen(THIRD, 'tariffs/', 'index.md')).toContain(AFTER);
    expect(readManifest(store).pages['tariffs/']?.map((v) => v.date)).toEqual([FIRST, THIRD]);
  });

  test('releasing the same day twice is refused (versions are permanent)', () => {
    expect(() => release(options(DIST, FIRST))).toThrow(/already released/);
  });
});

describe('a frozen page', () => {
  const url = (date: string, path: string) => new URL(`${SITE.base}${versionPath(date, path)}`, SITE.url).href;
  /** A site path ("tariffs/") as a frozen page links it: relative to the version's own address. */
  const linked = (date: string, path: string, target: string) =>
    relativeFrom(`${SITE.base}${versionPath(date, path)}`, `${SITE.base}${target}`, SITE.base);

  test('is canonical to itself, cites its own URL and date, and links the current page as the latest version', () => {
    const html = frozen(THIRD, 'tariffs/');
    expect(html).toContain(`<link rel="canonical" href="${url(THIRD, 'tariffs/')}">`);
    expect(html).toContain(`<meta name="citation_public_url" content="${url(THIRD, 'tariffs/')}">`);
    expect(html).toContain(`<meta name="citation_publication_date" content="2026/12/08">`);
    expect(html).toContain(`<link rel="latest-version" href="${linked(THIRD, 'tariffs/', 'tariffs/')}">`);
    expect(html).not.toContain(`"${new URL(`${SITE.base}tariffs/`, SITE.url).href}"`);
    expect(html).toContain(`<link rel="original" href="${linked(THIRD, 'tariffs/', 'tariffs/')}">`);
  });

  test("its own cite box cites the version as its metadata and files do: the version's URL, the release day, no access date", () => {
    const html = frozen(THIRD, 'tariffs/');
    const box = /<section class="cite-this" id="cite-tariffs"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(box).toContain('Version of <time datetime="2026-12-08">8 December 2026</time>');
    for (const format of ['apa', 'mla', 'chicago', 'bibtex']) {
      const text = new RegExp(`id="cite-tariffs-${format}">([\\s\\S]*?)</(?:p|pre)>`).exec(box)?.[1] ?? '';
      expect(text, format).toContain(url(THIRD, 'tariffs/'));
      expect(text, `${format}: the release day`).toMatch(/December 8|8 Dec(?:ember)?\.? 2026|2026-12-08|month = dec/i);
      expect(text, `${format}: a version takes no access date`).not.toContain('data-accessed');
    }
  });

  test('carries a banner with its date, the current page and what changed since', () => {
    const html = frozen(FIRST, 'tariffs/');
    const banner = /<aside class="version-banner"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
    expect(banner).toContain('1 December 2026');
    expect(banner).toContain(`href="${linked(FIRST, 'tariffs/', 'tariffs/')}"`);
    expect(banner).toContain(`href="${linked(FIRST, 'tariffs/', historyPath('tariffs/'))}#since-${FIRST}"`);
  });

  test('is left out of the site search and search engines, and every link within the site resolves from where it lives', () => {
    const html = frozen(FIRST, 'tariffs/');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toContain('<meta name="robots" content="noindex">');
    // Relative links, so the version works under any base path; each resolves to a built page or file,
    // or to a stored asset of the version store.
    const at = new URL(`${SITE.base}${versionPath(FIRST, 'tariffs/')}`, 'https://site.invalid');
    const unresolved = [...html.matchAll(/\b(?:href|src|srcset)="([^"#]*)[^"]*"/g)]
      .map((m) => m[1]!)
      .filter((href) => href !== '' && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href))
      .filter((href) => {
        expect(href, 'a same-site link in a frozen page is relative').not.toMatch(/^\//);
        const path = decodeURIComponent(new URL(href, at).pathname).slice(SITE.base.length);
        const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
        // v/…: this test's store, or the repository's versions the build serves (dist/v/);
        // history/<page>/… and cite/v/<date>/…: built for each page and release of the store
        // (tested under 'history' below and in src/tests/versions/citations.test.ts).
        const manifest = readManifest(store);
        const released =
          Object.keys(manifest.pages).some((p) => path.startsWith(historyPath(p))) ||
          manifest.releases.some((r) => path.startsWith(`cite/v/${r.date}/`));
        return (
          !existsSync(join(DIST, file)) &&
          !(path.startsWith('v/') && existsSync(join(dir, 'public', file))) &&
          !released
        );
      });
    expect(unresolved).toEqual([]);
  });

  test('loads only content-addressed assets, stored once and shared between versions', () => {
    const assets = (html: string) =>
      [...html.matchAll(/\b(?:href|src|srcset)="([^"]*assets\/[^"]+)"/g)].map((m) => m[1]!);
    const first = assets(frozen(FIRST, 'tariffs/'));
    const third = assets(frozen(THIRD, 'tariffs/'));
    expect(first.length).toBeGreaterThan(2);
    expect(third).toEqual(first);
    for (const href of first) expect(existsSync(join(store, 'assets', href.split('assets/')[1]!))).toBe(true);
    expect(frozen(FIRST, 'tariffs/')).not.toMatch(/"[^"]*\/_astro\//);
  });

  test("a frozen script's imports of other chunks name chunks stored with it, never a build's", () => {
    const scripts = readdirSync(join(store, 'assets')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    let imports = 0;
    for (const script of scripts) {
      const code = readFileSync(join(store, 'assets', script), 'utf8');
      for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.\/[^"']+)["']/g)) {
        imports++;
        expect(existsSync(join(store, 'assets', specifier!)), `${script} imports ${specifier}`).toBe(true);
        expect(specifier, `${script} imports ${specifier}`).toMatch(/^\.\/[0-9a-f]{20}\.js$/);
      }
    }
    expect(imports, 'the chart pages load a script that imports a shared chunk').toBeGreaterThan(0);
  });

  test("every quote in a frozen page's Markdown twin is still on the cited source line", () => {
    const { seeds } = loadProject(ROOT);
    const footnote = /^\[\^\d+\]: .*?, line (\d+): "(.*)" <[^>]*\/sources\/([a-z]+)\/#L(\d+)>$/;
    let checked = 0;
    for (const [path, versions] of Object.entries(readManifest(store).pages)) {
      for (const version of versions.filter((v) => v.markdown)) {
        for (const line of frozen(version.date, path, 'index.md').split('\n')) {
          const m = footnote.exec(line);
          if (!m) continue;
          // Markdown escapes brackets and the like in the quote ("\\[i]"): the reader's text is unescaped.
          const quoted = m[2]!.replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1');
          for (const quote of footnotePassages(quoted))
            expect(
              checkSeedRef({ seed: m[3]!, line: Number(m[4]), quote }, seeds),
              `${version.date}/${path}: ${line}`,
            ).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

test("the repository's versions (public/v/) are served byte for byte by the build (dist/v/)", () => {
  const committed = join(ROOT, 'public/v');
  if (!existsSync(committed)) return expect(existsSync(join(DIST, 'v'))).toBe(false);
  expect(snapshot(join(DIST, 'v')).replaceAll(join(DIST, 'v'), '')).toBe(snapshot(committed).replaceAll(committed, ''));
});

describe('history', () => {
  test('the word-level diff between the two versions shows the edited words, and nothing else', () => {
    const text = (date: string) =>
      readableText({ html: frozen(date, 'tariffs/'), markdown: frozen(date, 'tariffs/', 'index.md') });
    const changes = wordDiff(text(FIRST), text(THIRD));
    expect(changes.filter((c) => c.added).map((c) => c.value.trim())).toEqual(['indeed']);
    expect(diffCounts(changes)).toEqual({ added: 1, removed: 0 });
  });

  test('the TimeMap lists both versions of /tariffs/ as mementos with their datetimes', () => {
    const versions = readManifest(store).pages['tariffs/']!;
    const map = timemap({
      originalUrl: 'https://x/tariffs/',
      selfUrl: 'https://x/history/tariffs/timemap.link',
      versionUrl: (d) => `https://x/v/${d}/tariffs/`,
      versions,
    });
    expect(map).toContain('<https://x/tariffs/>; rel="original"');
    expect(map).toContain(
      `<https://x/v/${FIRST}/tariffs/>; rel="first memento"; datetime="Tue, 01 Dec 2026 00:00:00 GMT"`,
    );
    expect(map).toContain(
      `<https://x/v/${THIRD}/tariffs/>; rel="last memento"; datetime="Tue, 08 Dec 2026 00:00:00 GMT"`,
    );
    expect(map.trim().split(',\n')).toHaveLength(4);
  });
});
