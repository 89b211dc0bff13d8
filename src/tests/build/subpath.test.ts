/**
 * The site built for a sub-path (BASE_PATH=/explainer, as on GitHub Pages project sites):
 * every link and asset stays under /explainer/, and pages, styles, theme script, icons and
 * search all load from there.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from '../helpers/child-env';
import { ROOT, startPreview, type Preview } from '../helpers/preview';
import { launchChromium } from '../../scripts/lib/chromium';

const BASE = '/explainer/';
let outDir: string;
let preview: Preview;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'ux-subpath-'));
  execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: ROOT,
    env: childEnv({ BASE_PATH: '/explainer' }),
    stdio: 'pipe',
  });
  preview = await startPreview({ outDir, basePath: '/explainer' });
}, 240_000);
afterAll(async () => {
  await preview?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('every root-relative href, src and action in the built HTML starts with the base path', () => {
  const files = htmlFiles(outDir);
  expect(files.length).toBeGreaterThan(3);
  const outside: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\b(?:href|src|action)="(\/[^"]*)"/g)) {
      if (!(m[1] ?? '').startsWith(BASE)) outside.push(`${file.slice(outDir.length)}: ${m[1]}`);
    }
  }
  expect(outside).toEqual([]);
});

test('sitemap and robots.txt name URLs under the base path', () => {
  const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(locs).toContain(`${BASE}tariffs/`);
  expect(locs.every((p) => p.startsWith(BASE))).toBe(true);
  expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toMatch(new RegExp(`Sitemap: \\S+${BASE}sitemap\\.xml`));
});

test('in a browser, a topic page and search load every resource from under the base path', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (res) => {
      const u = new URL(res.url());
      if (res.status() >= 400 || !u.pathname.startsWith(BASE)) failed.push(`${res.status()} ${res.url()}`);
    });
    await page.goto(`${preview.url}tariffs/`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toBe('US tariffs on India');
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(await page.getAttribute('html', 'data-theme')).toMatch(/^(light|dark)$/);
    await page.goto(`${preview.url}search/?q=tariff`);
    await page.locator('#search-results > li').first().waitFor();
    const hrefs = await page
      .locator('#search-results a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toContain(hrefs.find((h) => h.startsWith(`${BASE}tariffs/`)));
    expect(hrefs.every((h) => h.startsWith(BASE))).toBe(true);
    expect(failed).toEqual([]);
  } finally {
    await browser.close();
  }
});
