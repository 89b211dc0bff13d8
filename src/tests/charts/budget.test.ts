/**
 * JavaScript budget, measured from the built site (npm test builds before vitest runs):
 * a page with a chart ships at most 10 KB of gzipped JavaScript in total, and a page without a
 * chart ships none of the chart code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDist } from '../../scripts/js-budget.mjs';

interface PageScripts {
  page: string;
  gzipBytes: number;
  scripts: { kind: string; ref: string; gzipBytes: number; text: string }[];
}

const dist = join(process.cwd(), 'dist');
const BUDGET_BYTES = 10 * 1024;

describe('JavaScript budget', () => {
  if (!existsSync(join(dist, 'charts', 'index.html'))) {
    it('needs a build first', () => {
      throw new Error(`no built /charts/ page in ${dist}: run \`npx astro build\` (npm test does) before vitest`);
    });
    return;
  }
  const pages: PageScripts[] = measureDist(dist);
  // Pages are "/dir/" for dir/index.html, or "/404.html" for a file at the top of dist/.
  const html = (page: string) => readFileSync(page.endsWith('.html') ? join(dist, page) : join(dist, page, 'index.html'), 'utf8');
  const chartPages = pages.filter((p) => html(p.page).includes('<chart-tooltip'));

  it('finds the chart pages: /charts/ and the tariffs page', () => {
    expect(chartPages.map((p) => p.page)).toEqual(expect.arrayContaining(['/charts/', '/tariffs/']));
  });

  it.each(chartPages.map((p) => [p.page, p] as const))('%s ships at most 10 KB of gzipped JavaScript', (_page, page) => {
    expect(page.gzipBytes).toBeGreaterThan(0); // the tooltip script is there at all
    expect(page.gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('pages without a chart ship no chart code', () => {
    const offenders = pages
      .filter((p) => !chartPages.includes(p))
      .filter((p) => p.scripts.some((s) => s.text.includes('chart-tooltip')))
      .map((p) => p.page);
    expect(pages.length - chartPages.length).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });

  it('measures inline and external scripts alike (the measurement itself can fail)', () => {
    const page = chartPages[0]!;
    const counted = page.scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
    expect(counted).toBe(page.gzipBytes);
    expect(page.scripts.some((s) => s.text.includes('customElements'))).toBe(true);
  });
});
