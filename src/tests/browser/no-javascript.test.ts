/**
 * The site works with JavaScript off: charts are drawn at build time as SVG with a data table
 * beside them, and every citation mark is a plain link that lands on an existing source line.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { browserEnv, closeBrowserEnv, describeProblems, themedContext } from './browser';

let context: BrowserContext | undefined;
async function noJsContext() {
  const env = await browserEnv();
  context ??= await themedContext(env.browser, 'light', 'desktop', { javaScriptEnabled: false });
  return { env, context };
}
afterAll(async () => {
  await context?.close();
  await closeBrowserEnv();
});

describe('charts without JavaScript', () => {
  it('/charts/ shows every chart as a drawn SVG (or, for one number, a figure card) with its data table (contract: #fig-<id>, the published anchor, still inside the chart section, holding <svg> and <table>)', async () => {
    const { env, context } = await noJsContext();
    const tab = await context.newPage();
    try {
      const response = await tab.goto(env.url('charts/'));
      expect(response?.status(), '/charts/ does not exist yet: the charts page (issue 4) must be at /charts/').toBe(
        200,
      );
      // A chart is anchored at id="fig-<id>": on its <figure>, or on the heading of the chart's
      // section ([data-chart]) that holds the figure and its table.
      const charts = await tab.$$eval('[id^="fig-"]', (anchors) =>
        anchors.map((anchor) => {
          const chart =
            anchor.closest('[data-chart]') ??
            (anchor.tagName === 'FIGURE' ? anchor : anchor.closest('figure, section')) ??
            anchor;
          const svgs = [...chart.querySelectorAll('svg')];
          const drawn = svgs.some((svg) => {
            const box = svg.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && svg.querySelector('path, rect, circle, line, polyline') !== null;
          });
          // A chart that is one number is shown as a figure card (src/lib/charts/figure-card.ts), not drawn.
          const card = chart.querySelector('.figure-card .fig') !== null;
          return {
            id: anchor.id,
            hasSvg: svgs.length > 0 || card,
            drawn: drawn || card,
            tableRows: chart.querySelectorAll('table tr').length,
          };
        }),
      );
      expect(charts.length, '/charts/ has no charts (elements with id="fig-…")').toBeGreaterThan(0);
      const broken = charts
        .filter((c) => !c.hasSvg || !c.drawn || c.tableRows < 2)
        .map((c) => `${c.id}: svg=${c.hasSvg} drawn=${c.drawn} table rows=${c.tableRows}`);
      expect(
        broken,
        describeProblems('charts missing their SVG drawing or data table with JavaScript off', broken),
      ).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

describe('citation links without JavaScript', () => {
  // That every citation mark's plain link leads to a line that exists is checked on the served HTML
  // in ../build/dist-provenance.test.ts (no browser needed: without JavaScript the HTML is the page).
  it('clicking a citation mark on /tariffs/ lands on /sources/<seed>/#L<n>, which is the :target', async () => {
    const { env, context } = await noJsContext();
    const tab = await context.newPage();
    try {
      await tab.goto(env.url('tariffs/'));
      const mark = tab.locator('sup.cite a[href*="/sources/"]').first();
      expect(await mark.count(), '/tariffs/ has no citation mark linking to a source line').toBe(1);
      const href = (await mark.getAttribute('href'))!;
      const expected = href.match(/\/sources\/([a-z0-9]+)\/#(L\d+)$/);
      expect(expected, `citation href ${href} is not /sources/<seed>/#L<n>`).not.toBeNull();
      await Promise.all([tab.waitForURL(/\/sources\/[a-z0-9]+\/#L\d+$/), mark.click()]);
      const url = new URL(tab.url());
      expect(
        url.pathname.endsWith(`/sources/${expected![1]}/`) && url.hash === `#${expected![2]}`,
        `landed on ${tab.url()}, expected ${href}`,
      ).toBe(true);
      expect(
        await tab.locator(`[id="${expected![2]}"]`).evaluate((el) => el.matches(':target')),
        `#${expected![2]} is not the :target`,
      ).toBe(true);
    } finally {
      await tab.close();
    }
  });
});
