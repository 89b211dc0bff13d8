/**
 * JavaScript budget for charts, measured from the built site (npm test builds before vitest runs)
 * with the same measurement as every other page budget (src/scripts/budgets.ts): a page with a
 * chart ships at most 10 KB of gzipped JavaScript in total, and a page without a chart ships
 * none of the chart code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, measureSite } from '../../scripts/budgets.ts';
import { fileForPath, siteBase } from '../../scripts/lib/site-pages.ts';

const dist = join(process.cwd(), 'dist');
const CHART_PAGE_JS_BYTES = 10 * 1024;

describe('JavaScript budget', () => {
  if (!existsSync(join(dist, 'charts', 'index.html'))) {
    it('needs a build first', () => {
      throw new Error(`no built /charts/ page in ${dist}: run \`npx astro build\` (npm test does) before vitest`);
    });
    return;
  }
  const base = siteBase();
  const pages = measureSite(dist, base);
  const chartPages = pages.filter((p) => p.kind === 'chart');
  const scriptText = (path: string) => {
    const file = fileForPath(dist, path, base);
    return file && /\.m?js$/.test(file) ? readFileSync(file, 'utf8') : '';
  };

  it('the site-wide budget for chart pages is no looser than 10 KB of JavaScript', () => {
    expect(BUDGETS.chart.js).toBeLessThanOrEqual(CHART_PAGE_JS_BYTES);
  });

  it('finds the chart pages: /charts/ and the topic pages that embed a chart', () => {
    expect(chartPages.map((p) => p.path)).toEqual(expect.arrayContaining(['/charts/', '/tariffs/', '/trade/', '/crude-oil/']));
  });

  it.each(chartPages.map((p) => [p.path, p] as const))('%s ships at most 10 KB of gzipped JavaScript', (_path, page) => {
    expect(page.files.some((f) => scriptText(f).includes('chart-tooltip'))).toBe(true); // the tooltip script is there at all
    expect(page.js).toBeLessThanOrEqual(CHART_PAGE_JS_BYTES);
  });

  it('pages without a chart ship no chart code', () => {
    const textPages = pages.filter((p) => p.kind !== 'chart');
    const offenders = textPages.filter((p) => p.files.some((f) => scriptText(f).includes('chart-tooltip'))).map((p) => p.path);
    expect(textPages.length).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });
});
