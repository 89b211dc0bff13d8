/**
 * The reading experience in a real browser, against the built site served by `astro preview`
 * (the origin and CSP rules for every page are in ./every-page.test.ts): themes without a flash,
 * layouts from 320 px, navigation with JavaScript off, and search for "tariff" and "S-400".
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserEnv, closeBrowserEnv, sectionTextAfterHeading } from './browser';

let browser: Browser;
/** The shared preview server (./global-setup.ts); named as before so the tests read the same. */
let preview: { origin: string };

beforeAll(async () => {
  const env = await browserEnv();
  browser = env.browser;
  preview = { origin: env.origin };
});
afterAll(closeBrowserEnv);

describe('themes', () => {
  test('follows the system, and a chosen theme survives reload and is set before the body is painted', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    // Record the theme at the moment <body> first exists: a flash would show "undefined" or "light" here.
    await context.addInitScript(() => {
      const w = window as unknown as { themeAtBody?: string | null };
      new MutationObserver((_, obs) => {
        if (document.body) {
          w.themeAtBody = document.documentElement.getAttribute('data-theme');
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const url = new URL('/tariffs/', preview.origin).href;
    await page.goto(url);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    const toggle = page.locator('#theme-toggle');
    await expect(toggle.isVisible()).resolves.toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(lightBg).not.toBe(darkBg);

    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(lightBg);
    await context.close();
  });

  test('without JavaScript the system theme still applies and the toggle is hidden', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/tariffs/', preview.origin).href);
    // The dark palette's background (#15171a) comes from the prefers-color-scheme rule alone.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
    expect(await page.locator('#theme-toggle').isVisible()).toBe(false);
    await context.close();
  });
});

describe('layout and navigation', () => {
  // That no page scrolls sideways at 320 px is checked on every page by ./every-page.test.ts.
  test('at 320 px the topic menu opens without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/', preview.origin).href);
    const menu = page.locator('details.topics-narrow');
    await menu.locator('summary').click();
    await menu.getByRole('link', { name: 'US tariffs on India' }).click();
    await page.waitForURL(/\/tariffs\/$/);
    expect(await page.locator('h1').textContent()).toBe('US tariffs on India');
    await context.close();
  });

  test('a topic page reads fully with JavaScript off: contents, sources, footer links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/tariffs/', preview.origin).href);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const firstEntry = toc.getByRole('link').first();
    const target = await firstEntry.getAttribute('href');
    expect(target).toMatch(/^#.+/);
    expect(await page.locator(target!).count()).toBe(1);
    expect(await page.locator('.source-list li').count()).toBeGreaterThan(0);
    const footer = page.getByRole('navigation', { name: 'About this site' });
    for (const name of ['About and method', 'Sources', 'All figures', 'Charts', 'Timeline', 'Changelog']) {
      expect(await footer.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    await footer.getByRole('link', { name: 'Sources', exact: true }).click();
    await page.waitForURL(/\/sources\/$/);
    await context.close();
  });

  test('body text lines stay within about 60-80 characters on a wide screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL('/tariffs/', preview.origin).href);
    // Characters per line = paragraph width / average glyph width of its own text.
    const perLine = await page.$eval('.page-body > p', (p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const text = p.textContent ?? '';
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.font = getComputedStyle(p).font;
      const avg = canvas.measureText(text).width / text.length;
      return p.getBoundingClientRect().width / avg;
    });
    expect(perLine).toBeGreaterThan(55);
    expect(perLine).toBeLessThan(82);
    await context.close();
  });

  test('the first Tab reaches a visible skip link that moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/tariffs/', preview.origin).href);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    await page.close();
  });
});

describe('motion and keyboard', () => {
  test('smooth scrolling only when the reader has not asked for reduced motion', async () => {
    for (const [reducedMotion, expected] of [
      ['no-preference', 'smooth'],
      ['reduce', 'auto'],
    ] as const) {
      const context = await browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await page.goto(new URL('/tariffs/', preview.origin).href);
      expect(await page.$eval('html', (el) => getComputedStyle(el).scrollBehavior), reducedMotion).toBe(expected);
      await context.close();
    }
  });

  test('every header control, in Tab order, shows a focus outline', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(new URL('/tariffs/', preview.origin).href);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          name: `${el.tagName.toLowerCase()} ${el.textContent?.trim()}`,
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
        };
      });
      expect(focused.outline, focused.name).not.toBe('none');
      expect(focused.width, focused.name).toBeGreaterThanOrEqual(2);
      seen.push(focused.name);
    }
    // Skip link, site name, Topics menu, Search, theme switch: all reachable at 320 px.
    expect(seen.map((s) => s.split(' ')[0])).toEqual(['a', 'a', 'summary', 'a', 'button']);
    await context.close();
  });
});

describe('search', () => {
  test('"tariff" finds the tariffs page and its passage link opens that passage', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/search/?q=tariff', preview.origin).href);
    const first = page.locator('#search-results > li').first();
    await first.waitFor();
    const links = await page
      .locator('#search-results a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.some((href) => new URL(href).pathname === '/tariffs/')).toBe(true);
    const passage = page
      .locator('#search-results li a.search-passage[href^="/tariffs/#"]:not([href^="/tariffs/#:~:"])')
      .first();
    const href = await passage.getAttribute('href');
    const heading = decodeURIComponent((href!.split('#')[1] ?? '').split(':~:')[0] ?? '');
    expect(await page.locator('#search-results mark').first().textContent()).toMatch(/tariff/i);
    await passage.click();
    await page.waitForURL(/\/tariffs\//);
    // The section the link targets really contains the word searched for.
    const sectionText = await sectionTextAfterHeading(page, heading);
    expect(sectionText).toMatch(/tariff/i);
    await page.close();
  });

  test('with JavaScript off the search page explains itself and lists every page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/search/?q=tariff', preview.origin).href);
    expect(await page.getByText('needs JavaScript').isVisible()).toBe(true);
    expect(
      await page
        .getByRole('navigation', { name: 'All pages' })
        .getByRole('link', { name: 'US tariffs on India' })
        .count(),
    ).toBe(1);
    await context.close();
  });
  // Fails (does not skip) while content/pages/defence.mdx is missing: the site is not done until search finds it.
  test('searching "S-400" lists the defence page and its passage link lands on a section that mentions S-400', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/search/?q=S-400', preview.origin).href);
    await page.locator('#search-status').filter({ hasText: /match/ }).waitFor();
    const hrefs = await page
      .locator('#search-results a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const passage = hrefs.find((h) => /^\/defence\/#[^:]/.test(h));
    expect(
      hrefs.some((h) => h.startsWith('/defence/')),
      `results: ${hrefs.join(', ')}`,
    ).toBe(true);
    expect(passage, `no passage link into /defence/ among: ${hrefs.join(', ')}`).toBeDefined();
    const heading = decodeURIComponent((passage!.split('#')[1] ?? '').split(':~:')[0] ?? '');
    await page.locator(`#search-results a[href="${passage}"]`).first().click();
    await page.waitForURL(/\/defence\//);
    const sectionText = await sectionTextAfterHeading(page, heading);
    expect(sectionText).toContain('S-400');
    await page.close();
  });
});
