/**
 * Charts in a real browser (the shared Chromium and preview server): hover, keyboard focus and
 * tap show a mark's value, date and source; Escape closes; each chart is one Tab stop with arrow
 * keys between marks and a "Skip chart" link; tooltips stay inside a 360 px viewport; text stays
 * ≥ 12 px at 320 px wide; the chart is complete with JavaScript off. (Reaching a mark by Tab alone is in
 * ./interactive.test.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserEnv, closeBrowserEnv, describeProblems, watchPage, type PageProblems } from './browser';

afterAll(closeBrowserEnv);

async function open(
  width: number,
  options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ page: Page; errors: string[]; problems: PageProblems; status: number | undefined }> {
  const env = await browserEnv();
  const context = await env.browser.newContext({
    viewport: { width, height: 800 },
    reducedMotion: 'reduce',
    ...options,
  });
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
    const mark = page.locator(
      '[data-chart="tariff-rate"] svg.chart-svg-wide g[data-mark="us-tariff-india-50"] rect.hit',
    );
    await mark.hover({ force: true });
    const tip = page.locator('[data-chart="tariff-rate"] .chart-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    expect(text).toContain('50%');
    expect(text).toContain('August 2025 (to the month)');
    expect(await tip.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/sources/invezz/#L41',
      '/sources/ankasam/#L15',
    ]);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    expect(problems.consoleErrors, describeProblems('console errors', problems.consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('keyboard focus shows the details, Escape closes them, and a tap pins them on a phone', async () => {
    const { page } = await open(320, { colorScheme: 'dark' });
    await page.locator('[data-chart="india-russia-trade"] .chart-skip').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBe(
      'india-russia-trade-2019-implied',
    );
    const tip = page.locator('[data-chart="india-russia-trade"] .chart-tip');
    expect(await tip.innerText()).toContain('Derived: the 2024 figure ($66 billion) divided by five');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    const words = page.locator(
      '[data-chart="india-russia-trade"] svg.chart-svg-narrow g[data-mark="india-us-imbalance"] rect.hit',
    );
    await words.tap({ force: true }).catch(async () => words.click({ force: true }));
    expect(await tip.innerText()).toContain('no figure given');
    await page.context().close();
  });

  it('makes each chart one Tab stop: arrow keys move between its marks, Tab leaves it', async () => {
    const { page } = await open(1280);
    const active = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? document.activeElement?.tagName ?? null);
    const wide = '[data-chart="tariff-rate"] svg.chart-svg-wide';
    const marks = await page
      .locator(`${wide} g[data-mark]`)
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-mark'), g.getAttribute('tabindex')]));
    expect(marks.length).toBeGreaterThan(4);
    expect(
      marks.filter(([, t]) => t === '0'),
      'exactly one mark of a drawing is in the Tab order',
    ).toHaveLength(1);
    await page.locator('[data-chart="tariff-rate"] .chart-skip').focus();
    await page.keyboard.press('Tab');
    expect(await active()).toBe(marks[0]![0]);
    await page.keyboard.press('ArrowRight');
    expect(await active()).toBe(marks[1]![0]);
    await page.keyboard.press('End');
    expect(await active()).toBe(marks.at(-1)![0]);
    await page.keyboard.press('ArrowRight');
    expect(await active(), 'ArrowRight wraps from the last mark to the first').toBe(marks[0]![0]);
    await page.keyboard.press('ArrowLeft');
    expect(await active()).toBe(marks.at(-1)![0]);
    // The mouse passing over the chart and out again leaves the focused mark's details open
    // (WCAG 1.4.13: shown by focus, they stay while the focus does).
    const tip = page.locator('[data-chart="tariff-rate"] .chart-tip');
    const focusedDetails = await tip.innerText();
    await page.locator(`${wide} g[data-mark="${marks[0]![0]}"] .hit`).first().hover({ force: true });
    await page.mouse.move(2, 2);
    expect(await tip.isVisible(), 'the mouse leaving the chart closed the focused mark’s details').toBe(true);
    expect(await tip.innerText()).toBe(focusedDetails);
    // The focused mark is now the chart's Tab stop; one Tab leaves the drawing.
    expect(await page.locator(`${wide} g[data-mark][tabindex="0"]`).getAttribute('data-mark')).toBe(marks.at(-1)![0]);
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate((sel) => Boolean(document.activeElement?.closest(sel)), wide),
      'Tab left the chart',
    ).toBe(false);
    await page.context().close();
  });

  it('offers a "Skip chart" link that moves focus past the drawing to the data table', async () => {
    const { page } = await open(1280);
    const skip = page.locator('[data-chart="tariff-rate"] .chart-skip');
    await skip.focus();
    expect(await skip.isVisible(), 'the skip link shows when focused').toBe(true);
    expect(await skip.innerText()).toContain('Skip chart');
    await page.keyboard.press('Enter');
    const target = await skip.evaluate((a) => (a as HTMLAnchorElement).hash.slice(1));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
    expect(await page.evaluate(() => Boolean(document.activeElement?.querySelector('table')))).toBe(true);
    await page.context().close();
  });

  it('keeps every tooltip inside a 360 px viewport', async () => {
    const { page } = await open(360);
    const narrow = page.locator('[data-chart="tariff-rate"] svg.chart-svg-narrow');
    await narrow.scrollIntoViewIfNeeded();
    const count = await narrow.locator('g[data-mark]').count();
    expect(count).toBeGreaterThan(4);
    await narrow.locator('g[data-mark]').first().focus();
    const tip = page.locator('[data-chart="tariff-rate"] .chart-tip');
    const outside: string[] = [];
    for (let i = 0; i < count; i++) {
      await page.evaluate(() => (document.activeElement as Element | null)?.scrollIntoView({ block: 'center' }));
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      const box = await tip.boundingBox();
      const mark = await page.evaluate(() => document.activeElement?.getAttribute('data-mark'));
      if (!box) outside.push(`${mark}: no tooltip`);
      else if (box.x < 0 || box.x + box.width > 360 || box.y < 0 || box.y + box.height > 800)
        outside.push(`${mark}: ${JSON.stringify(box)}`);
      await page.keyboard.press('ArrowRight');
    }
    expect(outside, describeProblems('tooltips outside the 360 × 800 viewport', outside)).toEqual([]);
    await page.context().close();
  });

  it('keeps every visible chart label at 12 px or more on a 320 px screen', async () => {
    const { page } = await open(320);
    const sizes = await page.$$eval('.chart-svg text', (els) =>
      els
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => {
          const svg = (e as SVGTextElement).ownerSVGElement!;
          return (
            parseFloat(getComputedStyle(e).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width)
          );
        }),
    );
    expect(sizes.length).toBeGreaterThan(20);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await page.context().close();
  });

  it('is complete without JavaScript: the drawing, the table and the source links are in the HTML', async () => {
    const { page } = await open(1280, { javaScriptEnabled: false });
    for (const id of ['tariff-rate', 'india-russia-trade']) {
      expect(await page.locator(`[data-chart="${id}"] svg.chart-svg-wide g[data-mark]`).count()).toBeGreaterThan(2);
    }
    // The chart anchor is #chart-<id>; the published #fig-<id> still lands in the same chart.
    for (const id of ['tariff-rate', 'india-russia-trade', 'india-russian-crude']) {
      expect(await page.locator(`[data-chart="${id}"] #chart-${id}`).count(), `#chart-${id}`).toBe(1);
      expect(await page.locator(`[data-chart="${id}"] #fig-${id}`).count(), `#fig-${id}`).toBe(1);
    }
    // One number is a figure card, not a drawing.
    expect(await page.locator('[data-chart="india-russian-crude"] .figure-card .fig').innerText()).toContain(
      '2 million',
    );
    for (const id of ['tariff-rate', 'india-russia-trade', 'india-russian-crude']) {
      expect(await page.locator(`[data-chart="${id}"] table tbody tr`).count()).toBeGreaterThan(2);
      expect(await page.locator(`[data-chart="${id}"] table a[href^="/sources/"]`).count()).toBeGreaterThan(0);
    }
    await page.context().close();
  });
});
