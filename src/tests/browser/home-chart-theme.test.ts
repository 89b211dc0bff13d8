/**
 * The home page's chart is an <img> of the standalone SVG. Its own stylesheet redraws it dark under
 * `prefers-color-scheme: dark`, which inside an image follows the page's `color-scheme`: so the
 * image must be dark whenever the page is, whether the system asks for dark or the reader picked it
 * with the switch (and light when the reader picks light on a dark system), never a white block.
 */
import { afterAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browserEnv, closeBrowserEnv, VIEWPORTS, type Theme } from './browser';

afterAll(closeBrowserEnv);

/** Luminance (0–255) of the image's paper, a few pixels inside its top-left corner, as painted. */
async function paperLuminance(page: Page): Promise<number> {
  const img = page.locator('.glance-chart img');
  await img.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => (document.querySelector('.glance-chart img') as HTMLImageElement).complete);
  const png = (await img.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(6, 6, 1, 1).data;
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }, png);
}

// The switch against the system, both ways: the image follows the page, not the system (the cases
// where the two agree would pass even if it followed the system).
const cases: { system: Theme; chosen?: Theme; expected: Theme }[] = [
  { system: 'light', chosen: 'dark', expected: 'dark' },
  { system: 'dark', chosen: 'light', expected: 'light' },
];

test.each(cases)(
  'system $system, switch $chosen: the chart image is $expected',
  async ({ system, chosen, expected }) => {
    const env = await browserEnv();
    for (const viewport of ['phone', 'desktop'] as const) {
      const context = await env.browser.newContext({ colorScheme: system, viewport: VIEWPORTS[viewport] });
      // The switch's saved choice, as public/theme.js reads it before the first paint.
      if (chosen) await context.addInitScript((t) => localStorage.setItem('theme', t), chosen);
      try {
        const page = await context.newPage();
        await page.goto(env.url(''));
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(expected);
        const luminance = await paperLuminance(page);
        if (expected === 'dark') expect(luminance, `${viewport}: the image's paper`).toBeLessThan(60);
        else expect(luminance, `${viewport}: the image's paper`).toBeGreaterThan(200);
      } finally {
        await context.close();
      }
    }
  },
);
