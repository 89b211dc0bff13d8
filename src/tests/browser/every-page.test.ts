/**
 * Every page in the sitemap, opened ONCE in Chromium (see browserCheckedPages), in one of a few
 * reused tabs (see borrowTab):
 *  - it loads with HTTP 200, no console error, no failed request, no request to another origin
 *    and no Content-Security-Policy violation (the site works offline from its own files and
 *    sends readers' visits to nobody else);
 *  - nothing scrolls sideways at 320 px;
 *  - axe-core finds no violation in light and dark theme at phone and desktop widths (the page
 *    is re-themed and resized in place: the same document, four audits); of the source pages and
 *    of the embeds, which share one template each, the first (see axeAuditedPages). In the dark theme the
 *    colour rules run on the whole page, and every other rule's light-theme result stands only
 *    where the page is proven the same but for colours (./theme-audit.ts); else all rules run.
 * The search page with a query (which loads Pagefind's JS, WebAssembly and index) is held to the
 * same request rules.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, describe, expect, it, type ExpectStatic } from 'vitest';
import {
  browserEnv,
  closeBrowserEnv,
  describeProblems,
  DIST,
  forceTheme,
  axeAuditedPages,
  browserCheckedPages,
  sitePages,
  themedContext,
  VIEWPORTS,
  watchPage,
  type Theme,
} from './browser';
import { siteBase, sitemapProblems } from '../../scripts/lib/site-pages';
import { AXE_TAGS, COLOUR_RULES, darkAuditScope, recordLightState, type DarkAuditScope } from './theme-audit';

const pages = browserCheckedPages();
const audited = new Set(axeAuditedPages().map((p) => p.path));
// Light first: the dark audit is planned against the light one (./theme-audit.ts).
const THEMES: Theme[] = ['light', 'dark'];
const WIDTHS = ['desktop', 'phone'] as const;
const NARROWEST = { width: 320, height: 640 };
afterAll(closeBrowserEnv);

/** CSP violations are reported on the console as "Refused to …" / "Content Security Policy". */
function watchCsp(tab: Page): { violations: string[]; stop(): void } {
  const violations: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${tab.url()}: ${m.text()}`);
  };
  tab.on('console', onConsole);
  return { violations, stop: () => tab.off('console', onConsole) };
}

/**
 * Tabs kept open between pages, one per concurrent test (at most maxConcurrency). Opening each
 * page in a fresh context cost a renderer process, an empty HTTP cache and a cold axe-core per
 * page; a reused tab keeps its renderer, so V8 compiles axe's source once per tab, not per page,
 * and the whole file takes about a quarter less CPU. Nothing carries over that a page reads: the
 * site keeps no state but the theme switch's saved choice, which no test here sets, and each test
 * puts the tab back to the light desktop state before opening its page. A tab whose test failed
 * is closed, not reused.
 */
const idleTabs: Page[] = [];
async function borrowTab(browser: Browser): Promise<Page> {
  const reused = idleTabs.pop();
  if (reused) {
    await reused.setViewportSize(VIEWPORTS.desktop);
    await reused.emulateMedia({ colorScheme: 'light' });
    return reused;
  }
  const context = await themedContext(browser, 'light', 'desktop');
  return context.newPage();
}
afterAll(async () => {
  for (const tab of idleTabs.splice(0)) await tab.context().close();
});

/** axe-core as the package ships it minified (650 KB; `axe.source` is the 1.5 MB readable build). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Put axe-core into the open document once; the four audits of that document reuse it.
 * AxeBuilder would otherwise evaluate axe's source twice per audit (once in analyze(), once more
 * when injecting into frames), eight times per page. axe.run sets up and tears down its own state
 * (tree, caches) on every run, so the audits see the same axe as a fresh one.
 */
async function injectAxe(tab: Page): Promise<void> {
  await tab.evaluate(AXE_SOURCE);
}

/** Readable lines for axe violations. */
function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `      at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`)
        .join('\n')}`,
  );
}

/**
 * axe on the open page (axe-core already injected by injectAxe): every rule of the site's tags
 * (`scope` 'full'), or, in the dark theme, the colour rules on the whole page plus every rule on
 * the elements that changed (see ./theme-audit.ts).
 * Only violations: skipping passes halves axe's time. Legacy mode runs axe.run in the page
 * itself; the default mode also audits frames, and for that opens a blank page per audit, which
 * made each audit 4× slower. The site has no frames (asserted below), so legacy mode audits
 * exactly the same document. `axeSource: ';'` tells AxeBuilder not to re-evaluate the source;
 * it still configures axe and calls axe.run with the same tags and options.
 */
async function axeViolations(tab: Page, scope: DarkAuditScope | { kind: 'full' }): Promise<string[]> {
  const builder = () =>
    new AxeBuilder({ page: tab, axeSource: ';' }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (scope.kind === 'full') return describeViolations(await builder().withTags(AXE_TAGS).analyze());
  const violations = describeViolations(
    await builder()
      .withRules([...COLOUR_RULES])
      .analyze(),
  );
  for (const selector of scope.alsoFullOn) {
    // The same element (the theme switch, on every page) audited again would give the same result:
    // audit each distinct one once per width (see cleanElementAudits).
    const key = await elementAuditKey(tab, selector);
    if (cleanElementAudits.has(key)) continue;
    const found = describeViolations(await builder().include(selector).withTags(AXE_TAGS).analyze());
    if (found.length === 0) cleanElementAudits.add(key);
    violations.push(...found);
  }
  return violations;
}

/**
 * Elements the dark audit already audited in full and found clean, by what axe's non-colour rules
 * read of them: the viewport width, the element's own markup (tag, attributes, text, children) and
 * the chain of its ancestors' tags, roles and ids (landmark and nesting rules). An element equal
 * in all three gives the same result on another page: axe cost about 0.1 s of a renderer per
 * element audited alone, twice on every page for the one theme switch the site repeats.
 */
const cleanElementAudits = new Set<string>();
function elementAuditKey(tab: Page, selector: string): Promise<string> {
  return tab.$eval(selector, (element) => {
    const ancestry: string[] = [];
    for (let node = element.parentElement; node; node = node.parentElement)
      ancestry.push(`${node.tagName}#${node.id}[${node.getAttribute('role') ?? ''}]`);
    return JSON.stringify([window.innerWidth, element.outerHTML, ancestry]);
  });
}

/**
 * axe in light and dark theme at desktop and phone width: the page is re-themed and resized in
 * place (the same document, four audits), light first, since its full audit is what the dark
 * theme's non-colour rules are held to (./theme-audit.ts).
 */
async function auditEveryThemeAndWidth(tab: Page, path: string, expect: ExpectStatic): Promise<void> {
  expect(await tab.locator('iframe, frame').count(), 'a page with frames needs axe without legacy mode').toBe(0);
  await injectAxe(tab);
  expect(
    await tab.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run),
    'axe-core was not injected',
  ).toBe('function');
  for (const width of WIDTHS) {
    await tab.setViewportSize(VIEWPORTS[width]);
    for (const theme of THEMES) {
      // Both ways a reader sets the theme: the system preference and the site's own switch.
      await tab.emulateMedia({ colorScheme: theme });
      await forceTheme(tab, theme);
      expect(
        await tab.evaluate(() => document.documentElement.getAttribute('data-theme')),
        `data-theme did not stay ${theme}`,
      ).toBe(theme);
      if (theme === 'light') await recordLightState(tab);
      const violations = await axeViolations(tab, theme === 'light' ? { kind: 'full' } : await darkAuditScope(tab));
      expect
        .soft(violations, `axe violations on ${path} (${theme}, ${width}):\n  - ${violations.join('\n  - ')}`)
        .toEqual([]);
    }
  }
}

describe('the page list', () => {
  it('dist/sitemap.xml exists and lists exactly the built pages', () => {
    expect(sitemapProblems(DIST), describeProblems('sitemap problems', sitemapProblems(DIST))).toEqual([]);
  });

  it('checks every page but one of each template family (histories, timeline themes), and the full timeline', () => {
    const paths = pages.map((p) => p.path.slice(siteBase().length));
    expect(paths).toContain('timeline/');
    expect(paths.filter((p) => /^timeline\/[^/]+\//.test(p))).toHaveLength(1);
    expect(paths.filter((p) => p.startsWith('history/')).length).toBeLessThanOrEqual(1);
    const all = sitePages().map((p) => p.path.slice(siteBase().length));
    expect(all.filter((p) => !paths.includes(p)).every((p) => /^(history|timeline)\/[^/]+\//.test(p))).toBe(true);
  });

  it('audits with axe every opened page but the later source pages and embeds, and one of each of those', () => {
    const paths = (list: { path: string }[]) => list.map((p) => p.path.slice(siteBase().length));
    const opened = paths(pages);
    const axed = paths(axeAuditedPages());
    expect(axed.filter((p) => /^sources\/[^/]+\//.test(p))).toHaveLength(1);
    expect(axed.filter((p) => /^embed\/[^/]+\//.test(p))).toHaveLength(1);
    expect(axed).toContain('sources/');
    expect(axed).toContain('charts/');
    expect(opened.filter((p) => !axed.includes(p)).every((p) => /^(sources|embed)\/[^/]+\//.test(p))).toBe(true);
  });

  it('has pages to check', () => {
    expect(pages.length, 'no pages found in dist/sitemap.xml or dist/**/*.html').toBeGreaterThan(3);
  });
});

describe.concurrent('every page', () => {
  for (const page of pages) {
    const audit = audited.has(page.path);
    const title = audit
      ? `${page.path} loads cleanly and has no accessibility violations (light and dark, phone and desktop)`
      : `${page.path} loads cleanly and fits a phone (axe audits the first page of its template)`;
    it(title, async ({ expect }) => {
      const env = await browserEnv();
      const tab = await borrowTab(env.browser);
      let reusable = false;
      const problems = watchPage(tab, env.origin);
      const csp = watchCsp(tab);
      try {
        const response = await tab.goto(`${env.origin}${page.path}`, { waitUntil: 'load' });
        expect(response?.status(), `${page.path} answered HTTP ${response?.status()}`).toBe(200);
        if (audit) await auditEveryThemeAndWidth(tab, page.path, expect);
        // The narrowest screen the site supports: nothing scrolls sideways.
        await tab.setViewportSize(NARROWEST);
        const { scroll, client } = await tab.$eval('html', (el) => ({
          scroll: el.scrollWidth,
          client: el.clientWidth,
        }));
        expect(scroll, `${page.path} is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
        // Checked last, so that deferred scripts and lazy requests have had the four audits'
        // time (seconds, not the half second of an idle network) to run and fail.
        expect(
          problems.consoleErrors,
          describeProblems(`console errors on ${page.path}`, problems.consoleErrors),
        ).toEqual([]);
        expect(
          problems.failedRequests,
          describeProblems(`failed requests on ${page.path}`, problems.failedRequests),
        ).toEqual([]);
        expect(
          problems.otherOrigin,
          describeProblems(`requests to other origins from ${page.path}`, problems.otherOrigin),
        ).toEqual([]);
        expect(csp.violations, describeProblems(`CSP violations on ${page.path}`, csp.violations)).toEqual([]);
        reusable = true;
      } finally {
        problems.stop();
        csp.stop();
        // Unload the page before the tab waits for the next one: a request the page started last
        // (a lazy image the 320 px resize revealed) must be aborted here, unwatched, and not show
        // up as a failed request of the next page opened in this tab.
        if (reusable) idleTabs.push(await tab.goto('about:blank').then(() => tab));
        else await tab.context().close();
      }
    });
  }

  it('the pages kept out of the sitemap (search, with and without a query, and the 404 page) request only from their own origin and log no CSP violation', async ({
    expect,
  }) => {
    const env = await browserEnv();
    const context = await env.browser.newContext();
    try {
      const tab = await context.newPage();
      const problems = watchPage(tab, env.origin);
      const csp = watchCsp(tab);
      await tab.setViewportSize(NARROWEST);
      const narrow = () => tab.$eval('html', (el) => el.scrollWidth <= el.clientWidth);
      await tab.goto(env.url('search/'), { waitUntil: 'networkidle' });
      expect(await narrow(), '/search/ scrolls sideways at 320 px').toBe(true);
      await tab.goto(env.url('this-page-does-not-exist/'), { waitUntil: 'networkidle' });
      expect(await narrow(), 'the 404 page scrolls sideways at 320 px').toBe(true);
      // Search loads Pagefind (JS, WebAssembly, index): still only our origin, and allowed by the CSP.
      await tab.goto(env.url('search/?q=tariff'), { waitUntil: 'networkidle' });
      await tab.locator('#search-results li').first().waitFor();
      expect(problems.otherOrigin, describeProblems('requests to other origins', problems.otherOrigin)).toEqual([]);
      expect(csp.violations, describeProblems('CSP violations', csp.violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
