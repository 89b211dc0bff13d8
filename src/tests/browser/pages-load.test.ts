/**
 * Every page in the sitemap loads in Chromium with no console errors, no failed requests and no
 * request to another origin (the site must work offline from its own files, and send readers'
 * visits to nobody else).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { browserEnv, closeBrowserEnv, describeProblems, sitePages, themedContext, watchPage } from './browser';
import { DIST } from './browser';
import { sitemapProblems } from '../../scripts/lib/site-pages';

const pages = sitePages();
afterAll(closeBrowserEnv);

describe('the page list', () => {
  it('dist/sitemap.xml exists and lists exactly the built pages', () => {
    expect(sitemapProblems(DIST), describeProblems('sitemap problems', sitemapProblems(DIST)).toString()).toEqual([]);
  });

  it('has pages to check', () => {
    expect(pages.length, 'no pages found in dist/sitemap.xml or dist/**/*.html').toBeGreaterThan(0);
  });
});

describe('every page loads cleanly in Chromium', () => {
  for (const page of pages) {
    it(`${page.path} loads with no console errors, failed requests or off-site requests`, async () => {
      const env = await browserEnv();
      const context = await themedContext(env.browser, 'light', 'desktop');
      try {
        const tab = await context.newPage();
        const problems = watchPage(tab, env.origin);
        const response = await tab.goto(`${env.origin}${page.path}`, { waitUntil: 'load' });
        // Give deferred scripts and lazy requests a moment to run and fail.
        await tab.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
        expect(response?.status(), `${page.path} answered HTTP ${response?.status()}`).toBe(200);
        expect(problems.consoleErrors, describeProblems(`console errors on ${page.path}`, problems.consoleErrors)).toEqual([]);
        expect(problems.failedRequests, describeProblems(`failed requests on ${page.path}`, problems.failedRequests)).toEqual([]);
        expect(problems.otherOrigin, describeProblems(`requests to other origins from ${page.path}`, problems.otherOrigin)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
