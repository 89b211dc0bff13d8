/**
 * Turning a built page into a frozen version (src/lib/versions/freeze.ts), on small pages whose
 * every part is known: what counts as a change, how links and assets are rewritten, and that the
 * home page's URL (a prefix of every URL on the site) is replaced only where it stands whole.
 */
import { describe, expect, test } from 'vitest';
import {
  fingerprint,
  freezeHtml,
  freezeMarkdown,
  relativeFrom,
  historyPath,
  mainText,
  timemapPath,
  versionCitationPath,
  versionPath,
} from '../../lib/versions/freeze';

const page = (body: string, canonical = 'https://example.org/') =>
  `<!doctype html><html><head><title>T</title><link rel="canonical" href="${canonical}"><meta name="citation_title" content="Home &amp; more"><meta name="citation_publication_date" content="2026/11/25"><link rel="stylesheet" href="/_astro/a.css"><script src="/theme.js"></script></head><body><main id="main" data-pagefind-body>${body}</main></body></html>`;
const context = (pagePath: string) => ({
  siteUrl: 'https://example.org',
  base: '/',
  date: '2026-12-08',
  pagePath,
  asset: (p: string) => `v/assets/${p.replace(/\W/g, '')}`,
});

describe('what counts as a change', () => {
  test('the list of versions is not a change, and a day written in the text (here, a version date) is', () => {
    const a = page('<p>Version of 3 December 2026.</p><p class="version-links">Permanent version: 1 December 2026</p>');
    const b = page('<p>Version of 3 December 2026.</p><p class="version-links">Permanent version: 2 December 2026</p>');
    expect(fingerprint(a)).toBe(fingerprint(b));
    expect(fingerprint(page('<p>Version of 4 December 2026.</p>'))).not.toBe(fingerprint(a));
  });

  test('the cite box\'s "Cite this version" names the latest version: a release is not a change', () => {
    const cite = (date: string) =>
      `<section class="cite-this"><p>Cite this page</p><details class="cite-version cite-compact" id="cite-t-version">` +
      `<summary>Cite this version (${date})</summary><p>https://example.org/v/${date}/t/</p></details></section>`;
    expect(fingerprint(page(cite('2026-12-01')))).toBe(fingerprint(page(cite('2026-12-08'))));
    expect(fingerprint(page(cite('2026-12-01')))).toBe(
      fingerprint(page('<section class="cite-this"><p>Cite this page</p></section>')),
    );
  });

  test('mainText reads the text inside <main>, without scripts and styles', () => {
    expect(mainText(page('<p>One <b>two</b></p><script>x()</script><style>.a{}</style>'))).toBe('One two');
  });
});

describe('freezeHtml', () => {
  const home = freezeHtml(
    page(
      '<a href="https://example.org/tariffs/">t</a> <a href="../about/">a</a> <img src="/charts/c.svg"> https://example.org/',
    ),
    context(''),
    'v/assets/banner.css',
  );

  test("the home page's URL is replaced where it stands whole, never as the start of another page's URL", () => {
    expect(home).toContain('<link rel="canonical" href="https://example.org/v/2026-12-08/">');
    expect(home).toContain('href="https://example.org/tariffs/"');
    expect(home).toContain('https://example.org/v/2026-12-08/</main>');
  });

  test('links within the site are relative to the version (any base path), built assets content-addressed, /theme.js kept', () => {
    expect(home).toContain('href="../../about/"');
    expect(home).toContain('src="../assets/chartscsvg"');
    expect(home).toContain('href="../assets/_astroacss"');
    expect(home).toContain('<script src="../../theme.js">');
    expect(home, 'no same-site link is root-relative').not.toMatch(/(?:href|src)="\/(?!\/)/);
  });

  test('a version under a sub-path links relative to itself, in srcset too', () => {
    const frozen = freezeHtml(
      page('<a href="/explainer/about/#x">a</a><source srcset="/explainer/charts/n.svg">'),
      { ...context('tariffs/'), base: '/explainer/' },
      'v/assets/banner.css',
    );
    expect(frozen).toContain('href="../../../about/#x"');
    expect(frozen).toContain('srcset="../../assets/chartsnsvg"');
  });

  test('relativeFrom keeps the trailing slash, the query and the fragment', () => {
    expect(relativeFrom('/v/2026-12-08/tariffs/', '/tariffs/', '/')).toBe('../../../tariffs/');
    expect(relativeFrom('/v/2026-12-08/tariffs/', '/v/2026-12-08/tariffs/#a', '/')).toBe('./#a');
    expect(relativeFrom('/b/v/2026-12-08/', '/b/search/?q=x', '/b/')).toBe('../../search/?q=x');
    expect(relativeFrom('/b/v/2026-12-08/', '/elsewhere/', '/b/')).toBe('/elsewhere/');
  });

  test('dated by its release, linked to the live page and its history, out of search, with a banner', () => {
    expect(home).toContain('<meta name="citation_publication_date" content="2026/12/08">');
    expect(home).toContain('<link rel="latest-version" href="../../">');
    expect(home).toContain(`<link rel="timemap" type="application/link-format" href="../../${timemapPath('')}">`);
    expect(home).toContain('<meta name="robots" content="noindex">');
    expect(home).toContain('<main id="main"><aside class="version-banner"');
    expect(home).toContain('“Home &amp; more” published on <time datetime="2026-12-08">8 December 2026</time>');
    expect(home).toContain(`href="../../${historyPath('')}#since-2026-12-08"`);
    expect(home).toContain('<link rel="stylesheet" href="../assets/banner.css">');
  });

  test("a frozen page cites itself: the previous version's citation goes, its files are the version's own", () => {
    const frozen = freezeHtml(
      page(
        '<section class="cite-this" id="cite-tariffs"><p>https://example.org/tariffs/</p>' +
          '<a href="/cite/tariffs.ris" download data-cite-download="ris">RIS</a> <a href="/cite/tariffs.bib" download>BibTeX</a>' +
          '<details class="cite-version cite-compact" id="cite-tariffs-version"><summary>Cite this version</summary>' +
          '<a href="/cite/v/2026-12-01/tariffs.bib">BibTeX</a></details></section>',
        'https://example.org/tariffs/',
      ),
      context('tariffs/'),
      'v/assets/banner.css',
    );
    expect(frozen).not.toContain('cite-version');
    expect(frozen).not.toContain('2026-12-01');
    expect(frozen).toContain(
      `<a href="../../../${versionCitationPath('2026-12-08', 'tariffs', 'ris')}" download data-cite-download`,
    );
    expect(frozen).toContain(`<a href="../../../cite/v/2026-12-08/tariffs.bib" download>`);
    expect(frozen).toContain('<p>https://example.org/v/2026-12-08/tariffs/</p>');
  });

  test("the Markdown twin names the version's address", () => {
    const md = freezeMarkdown('Source: https://example.org/tariffs/ (version of 2026-11-25).', context('tariffs/'));
    expect(md).toBe(`Source: https://example.org/${versionPath('2026-12-08', 'tariffs/')} (version of 2026-11-25).`);
  });
});
