/**
 * Charts in a real browser (the shared Chromium and preview server): hover, keyboard focus and
 * tap show a mark's value, date and source; Escape closes; text stays ≥ 12 px at 320 px wide;
 * the chart is complete with JavaScript off. (Reaching a mark by Tab alone is in
 * ./interactive.test.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserEnv, closeBrowserEnv, describeProblems, watchPage, type PageProblems } from './browser';

afterAll(closeBrowserEnv);

async function open(width: number, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<{ page: Page; errors: string[]; problems: PageProblems; status: number | undefined }> {
  const env = await browserEnv();
  const context = await env.browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const problems = watchPage(page, env.origin);
  const response = await page.goto(env.url('charts/'));
  return { page, errors, problems, status: response?.status() };
}

describe('charts in the browser', () => {
  it('hovering a mark shows its value, date with precision and a link to its own source line', async () => {
    const { page, errors, problems, status } = await open(1280);
    expect(status, '/charts/ does not exist').toBe(200);
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
    expect(problems.consoleErrors, describeProblems('console errors', problems.consoleErrors)).toEqual([]);
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
