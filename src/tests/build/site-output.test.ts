/**
 * The built site (dist/) as files: the head of every page, the CSP, external links, and the
 * files a static host and search engines need.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/preview';

// Not Pagefind's files, nor the frozen versions in v/ (the pages as they were on release day, with
// relative links: src/tests/build/versions.test.ts checks what a release adds to them).
const htmlFiles = readdirSync(DIST, { withFileTypes: true, recursive: true })
  .filter(
    (e) =>
      e.isFile() &&
      e.name.endsWith('.html') &&
      !e.parentPath.includes('pagefind') &&
      !e.parentPath.slice(DIST.length).startsWith('/v/'),
  )
  .map((e) => join(e.parentPath, e.name));
const pages = htmlFiles.map((file) => ({ file: file.slice(DIST.length), html: readFileSync(file, 'utf8') }));

describe('every built page', () => {
  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  test('has a CSP meta tag that allows no inline code, eval or other origins', () => {
    for (const { file, html } of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
      expect(csp, file).toBeDefined();
      expect(csp, file).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
      expect(csp, file).toMatch(/default-src 'self'/);
      expect(csp, file).toMatch(/script-src 'self'/);
    }
  });

  test('has no inline script other than JSON data blocks, and no style attributes', () => {
    for (const { file, html } of pages) {
      for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
        const attrs = m[1] ?? '';
        if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
        expect(attrs, `${file}: inline <script${attrs}>`).toMatch(/\bsrc="/);
      }
      expect(html, file).not.toMatch(/\sstyle="/);
    }
  });

  test('loads nothing from another origin', () => {
    for (const { file, html } of pages) {
      const loads = [...html.matchAll(/<(?:script|img|link|iframe|source|video|audio)\b[^>]*\b(?:src|href)="([^"]+)"/g)]
        .map((m) => m[1] ?? '')
        .filter((u) => /^(https?:)?\/\//.test(u))
        // <link rel=canonical|license|…> only name a URL; they fetch nothing.
        .filter(
          (u) =>
            !new RegExp(
              `<link rel="(canonical|license|alternate)[^"]*" href="${u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`,
            ).test(html),
        );
      expect(loads, file).toEqual([]);
    }
  });

  test('links to other sites carry rel="noopener"', () => {
    for (const { file, html } of pages) {
      for (const m of html.matchAll(/<a\b([^>]*)href="(https?:\/\/[^"]+)"([^>]*)>/g)) {
        const attrs = `${m[1] ?? ''}${m[3] ?? ''}`;
        if ((m[2] ?? '').startsWith('https://india-russia-us.github.io')) continue;
        expect(attrs, `${file}: ${m[2]}`).toMatch(/rel="[^"]*noopener/);
      }
    }
  });

  test('has a skip link to #main, a referrer policy, a favicon and a social card that exists', () => {
    for (const { file, html } of pages) {
      expect(html, file).toMatch(/<a class="skip-link" href="#main">/);
      expect(html, file).toMatch(/<main id="main"/);
      expect(html, file).toMatch(/<meta name="referrer" content="same-origin">/);
      expect(html, file).toMatch(/<link rel="icon" href="\/favicon\.svg"/);
      const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(card, file).toBeDefined();
      expect(existsSync(join(DIST, new URL(card!).pathname)), `${file}: ${card}`).toBe(true);
    }
  });
});

describe('files for hosts and crawlers', () => {
  test('social cards are 1200×630 PNGs', () => {
    const png = readFileSync(join(DIST, 'og/tariffs.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  test('robots.txt names the sitemap, and the sitemap lists topic pages but not search or 404', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    expect(sitemap).toMatch(/<loc>[^<]+\/tariffs\/<\/loc>/);
    expect(sitemap).not.toMatch(/\/search\/<|404/);
  });

  test('static-host files exist: .nojekyll, _headers with frame-ancestors, 404.html, favicon, Pagefind bundle', () => {
    expect(existsSync(join(DIST, '.nojekyll'))).toBe(true);
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toMatch(/frame-ancestors 'none'/);
    expect(readFileSync(join(DIST, '404.html'), 'utf8')).toMatch(/Page not found/);
    expect(existsSync(join(DIST, 'favicon.svg'))).toBe(true);
    expect(existsSync(join(DIST, 'apple-touch-icon.png'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
  });

  test('ordinary pages carry no bundled JS: only /theme.js, and search code only on /search/', () => {
    for (const { file, html } of pages) {
      const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(scripts[0], file).toBe('/theme.js');
      const searchCode = scripts.filter((s) => /search/i.test(s));
      expect(searchCode.length, file).toBe(file === '/search/index.html' ? 1 : 0);
    }
  });

  test('only regions marked data-pagefind-body are indexed, and search and 404 are not', () => {
    const tariffs = readFileSync(join(DIST, 'tariffs/index.html'), 'utf8');
    expect(tariffs).toMatch(/<main id="main" tabindex="-1" data-pagefind-body/);
    expect(readFileSync(join(DIST, 'search/index.html'), 'utf8')).not.toMatch(/data-pagefind-body/);
    expect(readFileSync(join(DIST, '404.html'), 'utf8')).not.toMatch(/data-pagefind-body/);
  });
});
