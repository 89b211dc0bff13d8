/**
 * Charts in a real browser (Chromium, built site served from dist/): hover, keyboard focus and
 * tap show a mark's value, date and source; Escape closes; text stays ≥ 12 px at 320 px wide;
 * the chart is complete with JavaScript off.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';

const dist = join(process.cwd(), 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

let server: Server;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  if (!existsSync(join(dist, 'charts', 'index.html'))) throw new Error(`no built /charts/ page in ${dist}: run \`npx astro build\` first (npm test does)`);
  // A minimal static server for dist/ (the site is built for the root path).
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]!)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function open(width: number, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/charts/`);
  return { page, errors };
}

describe('charts in the browser', () => {
  it('hovering a mark shows its value, date with precision and a link to its own source line', async () => {
    const { page, errors } = await open(1280);
    const mark = page.locator('[data-chart="tariff-rate"] svg.chart-svg-wide g[data-mark="us-tariff-india-50"] rect.hit');
    await mark.hover({ force: true });
    const tip = page.locator('[data-chart="tariff-rate"] .chart-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    expect(text).toContain('50%');
    expect(text).toContain('August 2025 (to the month)');
    expect(await tip.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/sources/invezz/#L41', '/sources/ankasam/#L15']);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keyboard focus shows the details, Escape closes them, and a tap pins them on a phone', async () => {
    const { page } = await open(320, { colorScheme: 'dark' });
    await page.locator('[data-chart="india-russian-crude"] .chart-anchor').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBe('crude-low-before-2022');
    const tip = page.locator('[data-chart="india-russian-crude"] .chart-tip');
    expect(await tip.innerText()).toContain('no figure given');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.locator('[data-chart="india-russia-trade"] svg.chart-svg-narrow g[data-mark="india-russia-trade-2019-implied"] rect.hit').tap({ force: true }).catch(async () => {
      await page.locator('[data-chart="india-russia-trade"] svg.chart-svg-narrow g[data-mark="india-russia-trade-2019-implied"] rect.hit').click({ force: true });
    });
    const tradeTip = page.locator('[data-chart="india-russia-trade"] .chart-tip');
    expect(await tradeTip.innerText()).toContain('Derived: india-russia-trade-2024 / 5');
    await page.context().close();
  });

  it('keeps every visible chart label at 12 px or more on a 320 px screen', async () => {
    const { page } = await open(320);
    const sizes = await page.$$eval('.chart-svg text', (els) =>
      els
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => {
          const svg = (e as SVGTextElement).ownerSVGElement!;
          return parseFloat(getComputedStyle(e).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
        }),
    );
    expect(sizes.length).toBeGreaterThan(20);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await page.context().close();
  });

  it('is complete without JavaScript: the drawing, the table and the source links are in the HTML', async () => {
    const { page } = await open(1280, { javaScriptEnabled: false });
    for (const id of ['tariff-rate', 'india-russia-trade', 'india-russian-crude']) {
      expect(await page.locator(`[data-chart="${id}"] svg.chart-svg-wide g[data-mark]`).count()).toBeGreaterThan(2);
      expect(await page.locator(`[data-chart="${id}"] table tbody tr`).count()).toBeGreaterThan(2);
      expect(await page.locator(`[data-chart="${id}"] .chart-sources a[href^="/sources/"]`).count()).toBeGreaterThan(0);
    }
    await page.context().close();
  });
});
