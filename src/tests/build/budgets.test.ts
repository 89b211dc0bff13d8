/**
 * Page-weight budgets (src/scripts/budgets.ts) hold for every page of the built site, and the
 * measurement really counts scripts, their static imports and stylesheets. Chart pages: at most
 * 10 KB of gzipped JavaScript in total, with the same measurement, and a page without a chart
 * ships none of the chart code.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetTable, measureSite, overBudget } from '../../scripts/budgets';
import { fileForPath, siteBase } from '../../scripts/lib/site-pages.ts';

const DIST = join(process.cwd(), 'dist');

describe('page-weight budgets', () => {
  it('every page is within its JavaScript, CSS and total budget', () => {
    const weights = measureSite(DIST);
    expect(weights.length, 'no pages measured: is dist/ built?').toBeGreaterThan(0);
    const problems = overBudget(weights);
    expect(problems, `over budget:\n  - ${problems.join('\n  - ')}\n\n${budgetTable(weights)}`).toEqual([]);
  });

  it('text pages ship no more than the tiny site scripts', () => {
    expect(BUDGETS.text.js).toBeLessThanOrEqual(4 * 1024);
    expect(BUDGETS.chart.js - BUDGETS.text.js).toBeLessThanOrEqual(10 * 1024);
  });

  it('counts external scripts, their static imports, stylesheets and inline code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
    try {
      mkdirSync(join(dir, '_astro'));
      // Random bytes do not compress, so 6 KB of them is over any text-page JS budget.
      const noise = randomBytes(6 * 1024).toString('base64');
      writeFileSync(join(dir, '_astro', 'big.js'), `export const x = "${noise}";`);
      writeFileSync(join(dir, '_astro', 'entry.js'), `import{x}from"./big.js";console.log(x);`);
      writeFileSync(join(dir, '_astro', 'site.css'), `body{color:red}`);
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><title>t</title><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/entry.js"></script><script type="application/ld+json">{"a":1}</script><p>hi</p>',
      );
      const [weight] = measureSite(dir, '/');
      expect(weight!.files).toEqual(expect.arrayContaining(['/_astro/entry.js', '/_astro/big.js', '/_astro/site.css']));
      expect(weight!.js).toBeGreaterThan(6 * 1024);
      expect(overBudget([weight!]).join('\n')).toMatch(/^\/ \(text page\): JS .* over its 4\.0 KB budget/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

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
    expect(chartPages.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/charts/', '/tariffs/', '/trade/', '/crude-oil/']),
    );
  });

  it.each(chartPages.map((p) => [p.path, p] as const))(
    '%s ships at most 10 KB of gzipped JavaScript',
    (_path, page) => {
      expect(page.files.some((f) => scriptText(f).includes('chart-tooltip'))).toBe(true); // the tooltip script is there at all
      expect(page.js).toBeLessThanOrEqual(CHART_PAGE_JS_BYTES);
    },
  );

  it('pages without a chart ship no chart code', () => {
    const textPages = pages.filter((p) => p.kind !== 'chart');
    const offenders = textPages
      .filter((p) => p.files.some((f) => scriptText(f).includes('chart-tooltip')))
      .map((p) => p.path);
    expect(textPages.length).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });
});
