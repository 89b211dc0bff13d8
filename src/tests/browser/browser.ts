/**
 * What the browser test files share: the Chromium and preview server started once by
 * ./global-setup.ts, the list of pages, and a watcher for console errors and bad requests.
 */
import { join } from 'node:path';
import { inject } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
  type Request,
  type Response,
} from 'playwright-core';
import { listPages, siteBase, type SitePage } from '../../scripts/lib/site-pages';

export const DIST = join(process.cwd(), 'dist');

export interface BrowserEnv {
  browser: Browser;
  origin: string;
  base: string;
  /** Absolute URL for a site path given without the base: url('tariffs/') → http://127.0.0.1:PORT/base/tariffs/ */
  url(pathWithoutBase: string): string;
}

let connecting: Promise<BrowserEnv> | undefined;

/**
 * Connect to the shared Chromium. Called inside each test (not in beforeAll), so a missing
 * browser or dist/ makes every browser test FAIL with the reason instead of being skipped.
 */
export function browserEnv(): Promise<BrowserEnv> {
  connecting ??= (async () => {
    const problem = inject('browserSetupError');
    if (problem) throw new Error(`Browser tests cannot run:\n${problem}`);
    const origin = inject('previewOrigin');
    const base = inject('previewBase');
    const browser = await chromium.connect(inject('chromiumWsEndpoint'));
    return { browser, origin, base, url: (p: string) => `${origin}${base}${p.replace(/^\/+/, '')}` };
  })();
  return connecting;
}

export async function closeBrowserEnv(): Promise<void> {
  if (!connecting) return;
  const env = await connecting.catch(() => undefined);
  connecting = undefined;
  await env?.browser.close();
}

/** Every page in the sitemap (or every built page while there is no sitemap). */
export function sitePages(): SitePage[] {
  return listPages(DIST).pages;
}

/**
 * Families of pages that are one template filled with a subset of what another page of the family
 * shows: the version histories (/history/<page>/, a page's versions and their diffs) and the
 * timeline's theme pages (/timeline/<theme>/, the full timeline's events filtered by theme).
 */
const TEMPLATE_FAMILIES = [/^history\//, /^timeline\/[^/]+\//];

/**
 * Families of pages that are one template filled with different data of the same kind: the source
 * documents (/sources/<id>/, one article's lines each) and the chart embeds (/embed/<id>/, one
 * chart each, all of them also on /charts/). Each member is opened, because its own text can
 * overflow a phone or its own requests fail, but axe audits only the first: the elements, roles
 * and colours are the template's. Lighthouse (`npm run audit`, run by CI after the tests) audits
 * every member's accessibility.
 */
const SAME_TEMPLATE_FAMILIES = [/^sources\/[^/]+\//, /^embed\/[^/]+\//];

/** Of each family, the first page in the sitemap's order; every page outside the families. */
function firstOfEachFamily(pages: SitePage[], families: RegExp[]): SitePage[] {
  const family = (page: SitePage) => families.findIndex((pattern) => pattern.test(page.path.slice(siteBase().length)));
  const seen = new Set<number>();
  return pages.filter((page) => {
    const f = family(page);
    if (f === -1) return true;
    if (seen.has(f)) return false;
    seen.add(f);
    return true;
  });
}

/**
 * The pages the per-page browser checks open: every page, but of each template family only the
 * first (the full /timeline/ itself is no family member and is checked too). Lighthouse
 * (`npm run audit`, run by CI after the tests) opens every page, so the browser layer's cost does
 * not grow with each release's 32 histories or each new theme.
 */
export function browserCheckedPages(): SitePage[] {
  return firstOfEachFamily(sitePages(), TEMPLATE_FAMILIES);
}

/** The opened pages that axe audits: all but the later members of a same-template family. */
export function axeAuditedPages(): SitePage[] {
  return firstOfEachFamily(browserCheckedPages(), SAME_TEMPLATE_FAMILIES);
}

export const VIEWPORTS = {
  phone: { width: 360, height: 780 },
  desktop: { width: 1280, height: 900 },
} as const;

export type Theme = 'light' | 'dark';

export function contextOptions(
  theme: Theme,
  viewport: keyof typeof VIEWPORTS,
  extra: BrowserContextOptions = {},
): BrowserContextOptions {
  return { colorScheme: theme, viewport: VIEWPORTS[viewport], reducedMotion: 'reduce', ...extra };
}

/**
 * Put the page in a theme both ways a reader can: the OS preference (set on the context) and the
 * site's own switch, `<html data-theme>`, set before any site script runs and again after load
 * in case a script overwrote it from storage.
 */
export async function forceTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
}

/** A context in the given theme and width, with `data-theme` set before the page's own scripts run. */
export async function themedContext(
  browser: Browser,
  theme: Theme,
  viewport: keyof typeof VIEWPORTS,
  extra: BrowserContextOptions = {},
) {
  const context = await browser.newContext(contextOptions(theme, viewport, extra));
  // Init scripts run before <html> exists: set the attribute the moment the element appears.
  await context.addInitScript((t) => {
    const set = () => document.documentElement?.setAttribute('data-theme', t);
    if (document.documentElement) return set();
    const observer = new MutationObserver(() => {
      if (document.documentElement) {
        set();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true });
  }, theme);
  return context;
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  otherOrigin: string[];
  /** Stop recording (for a tab that goes on to open another page). */
  stop(): void;
}

/** Record console errors, uncaught exceptions, failed or 4xx/5xx requests and any request off-site. */
export function watchPage(page: Page, origin: string): PageProblems {
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const otherOrigin: string[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error')
      consoleErrors.push(`${msg.text()} (${msg.location().url}:${msg.location().lineNumber})`);
  };
  const onPageError = (error: Error) => consoleErrors.push(`uncaught: ${error.message}`);
  const onRequestFailed = (request: Request) =>
    failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  const onResponse = (response: Response) => {
    if (response.status() >= 400) failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  };
  const onRequest = (request: Request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) otherOrigin.push(url);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  page.on('request', onRequest);
  return {
    consoleErrors,
    failedRequests,
    otherOrigin,
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('requestfailed', onRequestFailed);
      page.off('response', onResponse);
      page.off('request', onRequest);
    },
  };
}

/** "3 problems:\n  - a\n  - b" for assertion messages that say what is wrong where. */
export function describeProblems(title: string, items: string[]): string {
  return `${title} (${items.length}):\n${items.map((i) => `  - ${i}`).join('\n')}`;
}

/** The text of the section a search-result link lands on: from the heading to the next h1/h2. */
export function sectionTextAfterHeading(page: Page, headingId: string): Promise<string> {
  return page.evaluate((id) => {
    const h = document.getElementById(id);
    let text = '';
    for (let el = h?.nextElementSibling; el && !/^H[12]$/.test(el.tagName); el = el.nextElementSibling)
      text += el.textContent;
    return text;
  }, headingId);
}
