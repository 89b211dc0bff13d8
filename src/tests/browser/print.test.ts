/**
 * The print edition (src/styles/print.css), printed by the shared Chromium as a student would
 * ("Save as PDF", A4): /tariffs/ fits in five pages, citation marks print as bare superscripts,
 * the source list prints once with the full URL of each cited line, and nothing that only works
 * on screen prints. /charts/ checks the compact data tables. Two pages only: printing is slow.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { SITE } from '../../config/site';
import { pdfPageCount, pdfPageSizes } from '../helpers/pdf';
import { browserEnv, closeBrowserEnv, describeProblems, themedContext } from './browser';

let context: BrowserContext | undefined;
afterAll(async () => {
  await context?.close();
  await closeBrowserEnv();
});

/** A page loaded as a reader on a desktop would load it, then switched to print media. */
async function printedPage(path: string): Promise<Page> {
  const env = await browserEnv();
  context ??= await themedContext(env.browser, 'light', 'desktop');
  const page = await context.newPage();
  const response = await page.goto(env.url(path));
  expect(response?.status(), `${path} did not load`).toBe(200);
  await page.emulateMedia({ media: 'print' });
  return page;
}

const A4_POINTS = { width: 595.92, height: 842.88 };

/** Screen-only parts, each present in the /tariffs/ HTML, that must not print. */
const SCREEN_ONLY = [
  '.skip-link',
  '.theme-toggle',
  '.search-link',
  '.backrefs',
  '.chart-embed',
  '.cite-copy',
  '.cite-preview',
  '.cite-files',
  '.cite-jump',
  '.heading-anchor',
];

describe('printing /tariffs/', () => {
  it('fits in five A4 pages (eleven before the print stylesheet)', async () => {
    const page = await printedPage('tariffs/');
    try {
      const pdf = await page.pdf({ format: 'A4' });
      const sizes = pdfPageSizes(pdf);
      expect(sizes.length, 'pages in the PDF').toBe(pdfPageCount(pdf));
      for (const size of sizes) expect(size, 'an A4 page in points').toEqual(A4_POINTS);
      expect(
        pdfPageCount(pdf),
        '/tariffs/ printed to A4: too many pages; see src/styles/print.css',
      ).toBeLessThanOrEqual(5);
    } finally {
      await page.close();
    }
  });

  it('prints marks as bare superscript numbers, with no preview text beside them', async () => {
    const page = await printedPage('tariffs/');
    try {
      const marks = await page.$$eval('sup.cite', (sups) => sups.map((sup) => (sup as HTMLElement).innerText.trim()));
      expect(marks.length, 'citation marks on /tariffs/').toBeGreaterThan(10);
      const wordy = marks.filter((text) => !/^\[?\d+\]?$/.test(text));
      expect(wordy, describeProblems('marks that print more than their number', wordy)).toEqual([]);
      const prose = await page.$eval('.page-body', (body) => (body as HTMLElement).innerText);
      expect(prose, 'a preview\'s "line N:" text printed in the prose').not.toMatch(/, line \d+:/);
      expect(prose, "a preview's URL printed in the prose").not.toContain(`${SITE.url}${SITE.base}sources/`);
    } finally {
      await page.close();
    }
  });

  it('prints the source list once, each entry with the full URL of its line', async () => {
    const page = await printedPage('tariffs/');
    try {
      const entries = await page.$$eval('.source-list li', (items) =>
        items.map((li) => {
          const link = li.querySelector('a[href*="/sources/"], a[href*="/figures/"]') as HTMLAnchorElement | null;
          const after = link ? getComputedStyle(link, '::after').content : '';
          return { id: li.id, href: link?.getAttribute('href') ?? '', printed: after, visible: li.checkVisibility() };
        }),
      );
      expect(entries.length, 'numbered source entries on /tariffs/').toBeGreaterThan(5);
      const wrong = entries
        .filter((e) => !e.visible || !e.printed.includes(new URL(e.href, `${SITE.url}/`).href))
        .map((e) => `${e.id}: link ${e.href} prints ${e.printed || 'no URL'}${e.visible ? '' : ' (entry hidden)'}`);
      expect(wrong, describeProblems('source entries without their absolute URL in print', wrong)).toEqual([]);
      expect(await page.locator('.source-list').count(), 'source lists on the page').toBe(1);
    } finally {
      await page.close();
    }
  });

  it('does not print what only works on screen (navigation, search, theme, copy, back-links, embed)', async () => {
    const page = await printedPage('tariffs/');
    try {
      // A reader who last focused a mark prints with its preview open: the script builds it then.
      await page.locator('sup.cite a').first().focus();
      await page.locator('.cite-preview').first().waitFor({ state: 'attached', timeout: 2_000 });
      const found = await page.evaluate((selectors) => {
        return selectors.map((selector) => {
          const all = [...document.querySelectorAll(selector)];
          return { selector, count: all.length, printed: all.filter((el) => el.checkVisibility()).length };
        });
      }, SCREEN_ONLY);
      const missing = found
        .filter((f) => f.count === 0)
        .map((f) => `${f.selector} is not on /tariffs/ (update SCREEN_ONLY)`);
      expect(missing, describeProblems('screen-only parts this test expects', missing)).toEqual([]);
      const printed = found.filter((f) => f.printed > 0).map((f) => `${f.selector}: ${f.printed} of ${f.count} print`);
      expect(printed, describeProblems('screen-only parts that print', printed)).toEqual([]);
      const header = await page.locator('.site-header').evaluate((el) => el.checkVisibility());
      expect(header, 'the site header (topics, search, theme switch) prints').toBe(false);
    } finally {
      await page.close();
    }
  });
});

describe('printing in the dark theme', () => {
  it('prints dark text on white paper', async () => {
    const env = await browserEnv();
    const dark = await themedContext(env.browser, 'dark', 'desktop');
    try {
      const page = await dark.newPage();
      await page.goto(env.url('tariffs/'));
      await page.emulateMedia({ media: 'print' });
      const colours = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const link = document.querySelector('.page-body a:not(sup a)');
        return { text: body.color, paper: body.backgroundColor, link: link ? getComputedStyle(link).color : '' };
      });
      const channels = (rgb: string) => (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      expect(Math.max(...channels(colours.text)), `text colour ${colours.text}`).toBeLessThan(60);
      expect(Math.max(...channels(colours.link)), `link colour ${colours.link} (dark grey at most)`).toBeLessThan(100);
      expect(Math.min(...channels(colours.paper)), `page background ${colours.paper}`).toBeGreaterThan(240);
    } finally {
      await dark.close();
    }
  });
});

describe('printing /charts/', () => {
  it('keeps every chart with a compact data table and no embed code', async () => {
    const page = await printedPage('charts/');
    try {
      const charts = await page.$$eval('[data-chart]', (sections) =>
        sections.map((section) => {
          const cell = section.querySelector('.chart-table td');
          const svg = [...section.querySelectorAll('svg')].find((s) => s.checkVisibility());
          return {
            id: section.getAttribute('data-chart') ?? '?',
            // A chart of one number is a figure card (src/lib/charts/figure-card.ts): its value is the drawing.
            drawing: svg
              ? svg.getBoundingClientRect().height
              : (section.querySelector('.figure-card-value')?.getBoundingClientRect().height ?? 0),
            cellPx: cell ? parseFloat(getComputedStyle(cell).fontSize) : 0,
            embedPrinted: [...section.querySelectorAll('.chart-embed, .chart-downloads')].some((el) =>
              el.checkVisibility(),
            ),
          };
        }),
      );
      expect(charts.length, 'charts on /charts/').toBeGreaterThan(0);
      // 8pt is 10.67 CSS px: small enough to keep each row on a line or two.
      const loose = charts.filter((c) => c.drawing === 0 || c.cellPx === 0 || c.cellPx > 10.7 || c.embedPrinted);
      expect(
        loose.map(
          (c) => `${c.id}: drawing ${c.drawing}px high, table cells ${c.cellPx}px, embed printed: ${c.embedPrinted}`,
        ),
        'charts that print without a drawing, with a loose table, or with the embed code',
      ).toEqual([]);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdfPageCount(pdf), '/charts/ printed to A4 (eight pages before the print stylesheet)').toBeLessThanOrEqual(
        4,
      );
    } finally {
      await page.close();
    }
  });
});
