/**
 * axe-core finds no violations on any page, in light and dark theme, at phone and desktop widths.
 * One browser context per theme × width combination; pages are visited in turn inside it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserEnv, closeBrowserEnv, forceTheme, sitePages, themedContext, type Theme, VIEWPORTS } from './browser';

const pages = sitePages();
const themes: Theme[] = ['light', 'dark'];
const widths = Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[];
afterAll(closeBrowserEnv);

describe.each(themes.flatMap((theme) => widths.map((width) => ({ theme, width }))))('axe: $theme theme at $width width', ({ theme, width }) => {
  let context: BrowserContext | undefined;
  afterAll(async () => context?.close());

  it('has pages to check', () => {
    expect(pages.length, 'no pages found in dist/').toBeGreaterThan(0);
  });

  for (const page of pages) {
    it(`${page.path} has no accessibility violations`, async () => {
      const env = await browserEnv();
      context ??= await themedContext(env.browser, theme, width);
      const tab = await context.newPage();
      try {
        await tab.goto(`${env.origin}${page.path}`, { waitUntil: 'load' });
        await forceTheme(tab, theme);
        expect(await tab.evaluate(() => document.documentElement.getAttribute('data-theme')), 'data-theme did not stay set').toBe(theme);
        // Only violations are reported; skipping the detail of passes and "incomplete" halves axe's time.
        const results = await new AxeBuilder({ page: tab })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .options({ resultTypes: ['violations'] })
          .analyze();
        const violations = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `      at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`,
        );
        expect(violations, `axe violations on ${page.path} (${theme}, ${width}):\n  - ${violations.join('\n  - ')}`).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }
});
