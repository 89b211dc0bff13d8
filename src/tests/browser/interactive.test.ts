/**
 * With JavaScript on: chart tooltips on hover and on keyboard focus, citation marks that land on
 * the highlighted source line, search that finds the tariffs page, and the theme switch.
 * Each test names the contract it checks, so a missing feature fails with a clear reason.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserEnv, closeBrowserEnv, describeProblems, themedContext, watchPage, type PageProblems } from './browser';

let context: BrowserContext | undefined;
async function open(path: string): Promise<{ tab: Page; problems: PageProblems; status: number | undefined }> {
  const env = await browserEnv();
  context ??= await themedContext(env.browser, 'light', 'desktop');
  const tab = await context.newPage();
  const problems = watchPage(tab, env.origin);
  const response = await tab.goto(env.url(path), { waitUntil: 'load' });
  return { tab, problems, status: response?.status() };
}
afterAll(async () => {
  await context?.close();
  await closeBrowserEnv();
});

/** A chart: the [data-chart] section or figure[id^="fig-"] holding the SVG. */
const CHART = '[data-chart], figure[id^="fig-"]';
/** The tooltip: [role="tooltip"], or the chart's own details box (.chart-tip) where it holds links and so is no ARIA tooltip. */
const TOOLTIP = '[role="tooltip"], .chart-tip';

/** The visible tooltip's text, or null when none is visible. */
async function visibleTooltip(tab: Page): Promise<string | null> {
  const tooltip = tab.locator(`:is(${TOOLTIP}):visible`).first();
  try {
    await tooltip.waitFor({ state: 'visible', timeout: 2_000 });
  } catch {
    return null;
  }
  return (await tooltip.textContent())?.trim() ?? '';
}

describe('chart tooltips (contract: focusable [data-mark] inside the chart, tooltip [role="tooltip"] or .chart-tip)', () => {
  // Hovering a mark (its value, date and source links) is in ./charts.test.ts.
  it('moving keyboard focus onto a chart mark shows its tooltip', async () => {
    const { tab, status } = await open('charts/');
    try {
      expect(status, '/charts/ does not exist yet (issue 4)').toBe(200);
      let onMark = false;
      // Tab through the page like a keyboard user until focus reaches a chart mark.
      for (let presses = 0; presses < 400 && !onMark; presses++) {
        await tab.keyboard.press('Tab');
        onMark = await tab.evaluate(
          (chart) => Boolean(document.activeElement?.closest(chart) && document.activeElement?.matches('[data-mark]')),
          CHART,
        );
      }
      expect(onMark, 'Tab never reached a chart mark: marks must be focusable ([data-mark] with tabindex)').toBe(true);
      const text = await visibleTooltip(tab);
      expect(text, 'focusing a chart mark showed no visible [role="tooltip"]').not.toBeNull();
      expect(text!.length, 'the chart tooltip is empty').toBeGreaterThan(0);
    } finally {
      await tab.close();
    }
  });
});

describe('citation marks with JavaScript on', () => {
  it('clicking a citation mark on /tariffs/ lands on the source line, which is :target and highlighted', async () => {
    const { tab, problems } = await open('tariffs/');
    try {
      const mark = tab.locator('sup.cite a[href*="/sources/"]').first();
      expect(await mark.count(), '/tariffs/ has no citation mark linking to a source line').toBe(1);
      const href = (await mark.getAttribute('href'))!;
      const [, seed, line] = href.match(/\/sources\/([a-z0-9]+)\/#(L\d+)$/) ?? [];
      expect(seed, `citation href ${href} is not /sources/<seed>/#L<n>`).toBeTruthy();
      await Promise.all([tab.waitForURL(new RegExp(`/sources/${seed}/#${line}$`), { timeout: 10_000 }), mark.click()]);
      const target = tab.locator(`[id="${line}"]`);
      expect(await target.evaluate((el) => el.matches(':target')), `#${line} is not the :target after the click`).toBe(
        true,
      );
      const colours = await target.evaluate((el) => ({
        line: getComputedStyle(el).backgroundColor,
        page: getComputedStyle(document.body).backgroundColor,
      }));
      expect(
        colours.line,
        `the target line is not highlighted (background ${colours.line}, page ${colours.page})`,
      ).not.toBe(colours.page);
      expect(colours.line).not.toBe('rgba(0, 0, 0, 0)');
      expect(await target.isVisible(), 'the target line is not visible').toBe(true);
      expect(problems.consoleErrors, describeProblems('console errors', problems.consoleErrors)).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

describe('citation mark names and previews (issue 18.3)', () => {
  it('a mark is named briefly ("Source 2: Al Jazeera, line 4") and focusing it shows the quote in its preview', async () => {
    const { tab, problems } = await open('tariffs/');
    try {
      const mark = tab.locator('sup.cite a[href*="/sources/"]').first();
      const name = (await mark.getAttribute('aria-label')) ?? '';
      expect(name, "the mark's accessible name").toMatch(/^Source \d+: .+, line \d+$/);
      expect(await mark.getAttribute('aria-describedby'), 'the ~50-word preview is read after every mark').toBeNull();
      const description = await mark.evaluate(
        (el) => (el as HTMLElement).ariaDescription ?? el.getAttribute('aria-description'),
      );
      expect(description ?? null).toBeNull();
      // A topic page writes no preview: the script builds it from the mark's endnote.
      const noteId = await mark.getAttribute('data-note');
      expect(noteId, 'a topic-page mark names its endnote').toMatch(/^cite-note-\d+$/);
      await mark.focus();
      const preview = tab.locator(`[id="preview-${noteId}"]`);
      await preview.waitFor({ state: 'visible', timeout: 2_000 });
      const shown = (await preview.textContent())?.trim() ?? '';
      const note = (await tab.locator(`[id="${noteId}"]`).textContent()) ?? '';
      expect(shown, 'the visible preview holds the endnote: source, line and the quoted words').toMatch(
        /, line \d+: “/,
      );
      expect(note.replace(/\s+/g, ' '), 'the preview is the endnote without its back-links').toContain(
        shown.replace(/\s+/g, ' '),
      );
      expect(shown, 'back-links stay in the endnote').not.toContain('↑');
      expect(await preview.locator('a').count(), 'links in the preview are text (the mark links to the line)').toBe(0);
      // The same preview is reused when the mark is focused again.
      await tab.keyboard.press('Escape');
      await mark.blur();
      await mark.focus();
      expect(await tab.locator(`[id="preview-${noteId}"]`).count()).toBe(1);
      expect(problems.consoleErrors, describeProblems('console errors', problems.consoleErrors)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('a preview near the bottom of a phone screen opens above its mark, inside the screen', async () => {
    const { tab } = await open('tariffs/');
    try {
      await tab.setViewportSize({ width: 360, height: 780 });
      const mark = tab.locator('sup.cite a[data-note]').nth(3);
      // Put the mark 40 px above the bottom edge, then focus it without scrolling.
      await mark.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - (window.innerHeight - 40)));
      await mark.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
      const preview = tab.locator(`[id="preview-${await mark.getAttribute('data-note')}"]`);
      await preview.waitFor({ state: 'visible', timeout: 2_000 });
      const box = (await preview.boundingBox())!;
      expect(box.y, 'the preview starts on screen').toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, 'the preview ends on screen').toBeLessThanOrEqual(780);
      // A mouse resting elsewhere (the browser "moves" it over whatever scrolls beneath it) must
      // not close a preview opened by focus while the mark keeps focus (WCAG 1.4.13, persistent).
      const elsewhere = { x: 40, y: 120 };
      const under = await tab.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('sup.cite, main')?.tagName,
        elsewhere,
      );
      expect(under, 'the mouse should move over the page, away from the mark').toBe('MAIN');
      await tab.mouse.move(elsewhere.x, elsewhere.y);
      expect(await preview.isVisible(), 'the preview closed when the mouse moved elsewhere').toBe(true);
    } finally {
      await tab.close();
    }
  });

  it('on a page without endnotes (the timeline) a mark shows the preview written with the page', async () => {
    const { tab, problems } = await open('timeline/');
    try {
      const mark = tab.locator('sup.cite a[data-preview]').first();
      await mark.focus();
      const preview = tab.locator(`[id="${await mark.getAttribute('data-preview')}"]`);
      await preview.waitFor({ state: 'visible', timeout: 2_000 });
      expect((await preview.textContent())?.trim()).toMatch(/line \d+:/);
      expect(problems.consoleErrors, describeProblems('console errors', problems.consoleErrors)).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

// Search for "tariff" (and its passage link) is tested in ./reading.test.ts.
describe('theme (contract: :root[data-theme] overrides the system preference)', () => {
  it('data-theme="dark" darkens the page under a light system preference, and "light" lightens it back', async () => {
    const { tab } = await open('tariffs/');
    try {
      const background = async (theme: string) => {
        await tab.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
        return tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
      };
      const light = await background('light');
      const dark = await background('dark');
      expect(dark, 'setting data-theme="dark" on <html> did not change the page background').not.toBe(light);
      const luminance = (rgb: string) => {
        const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      expect(luminance(dark), `dark background ${dark} is not darker than light background ${light}`).toBeLessThan(
        luminance(light),
      );
    } finally {
      await tab.close();
    }
  });

  it('the page has a theme switch button that sets data-theme', async () => {
    const { tab } = await open('tariffs/');
    try {
      const toggle = tab
        .locator(
          'button[data-theme-toggle], [data-theme-toggle] button, button[aria-label*="theme" i], button:has-text("theme")',
        )
        .first();
      expect(
        await toggle.count(),
        'no theme switch button (button[data-theme-toggle] or a button labelled "theme")',
      ).toBe(1);
      const before = await tab.evaluate(() => document.documentElement.getAttribute('data-theme'));
      await toggle.click();
      const after = await tab.evaluate(() => document.documentElement.getAttribute('data-theme'));
      expect(after, 'clicking the theme switch did not change data-theme on <html>').not.toBe(before);
    } finally {
      await tab.close();
    }
  });
});
