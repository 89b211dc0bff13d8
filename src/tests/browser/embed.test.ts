/**
 * A chart embed as another site shows it: the site's own copyable snippet on a host page of
 * another origin, with README's one-line height listener. Playwright's router serves the host page
 * and passes the embed's own origin through to the preview server: Chromium refuses a public page
 * framing 127.0.0.1 (local network access checks), so both stand in as public sites.
 * - Links: in-page anchors (skip link, title, "Skip chart") move inside the frame; every other link
 *   (credit, licence, "link to this chart", sources, the tooltip's source links, Enter on a mark)
 *   opens a new tab; the host page never navigates.
 * - Size: the embed posts its height (src/client/embed-height.ts) on load and on resize, and the
 *   snippet's own height shows the credit, licence and whole chart at 640 px wide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '../../lib/site/embed';
import { SITE } from '../../config/site';
import { browserEnv, closeBrowserEnv, DIST } from './browser';

const HOST = 'http://host.example';
/** The embed's origin as the host page sees it; requests to it go to the preview server. */
const SITE_ORIGIN = 'http://site.example';
const CHARTS = ['tariff-rate', 'india-russia-trade', 'india-russian-crude'];

const contexts: BrowserContext[] = [];
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await closeBrowserEnv();
});

/** The copyable snippet for a chart as /charts/ offers it, with its production URL pointed at the preview server. */
function snippet(id: string, previewUrl: (path: string) => string): string {
  const html = readFileSync(join(DIST, 'charts', 'index.html'), 'utf8');
  const escaped = new RegExp(`<pre class="cite-text" id="embed-${id}">([^<]+)</pre>`).exec(html)?.[1];
  if (!escaped) throw new Error(`dist/charts/index.html has no embed snippet for ${id}`);
  const text = escaped
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return text.replace(/src="[^"]+\/embed\//, `src="${previewUrl('embed/')}`);
}

/** README's one-line listener for hosts ("Embedding charts"). */
function readmeListener(): string {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const line = /```html\n\s*(<script>addEventListener\('message'.+<\/script>)\n/.exec(readme)?.[1];
  if (!line) throw new Error('README.md "Embedding charts" has no one-line message listener in an ```html block');
  return line;
}

interface Host {
  page: Page;
  frame: Frame;
  /** Every height message the host received, in order. */
  messages: () => Promise<EmbedHeightMessage[]>;
}

/** A host article at HOST with the chart's snippet between two paragraphs, and README's listener. */
async function openHost(id: string, width: number, options: { listener?: boolean } = {}): Promise<Host> {
  const env = await browserEnv();
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  contexts.push(context);
  const body = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>',
    '<style>body{margin:0}iframe{border:0;display:block}</style>',
    // Record every message before the listener under test sees it.
    `<script>window.received=[];addEventListener('message',(e)=>{if(e.data?.type===${JSON.stringify(
      EMBED_HEIGHT_MESSAGE,
    )})window.received.push(e.data)});</script>`,
    options.listener === false ? '' : readmeListener(),
    '</head><body><p id="before">Before the chart.</p>',
    snippet(id, (path) => env.url(path).replace(env.origin, SITE_ORIGIN)),
    '<p id="after">After the chart.</p></body></html>',
  ].join('\n');
  await context.route(`${HOST}/**`, (route) => route.fulfill({ contentType: 'text/html', body }));
  await context.route(`${SITE_ORIGIN}/**`, async (route) =>
    route.fulfill({ response: await route.fetch({ url: route.request().url().replace(SITE_ORIGIN, env.origin) }) }),
  );
  const page = await context.newPage();
  await page.goto(`${HOST}/post/`);
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState('load');
  return {
    page,
    frame,
    messages: () => page.evaluate(() => (window as unknown as { received: EmbedHeightMessage[] }).received),
  };
}

const embedPath = (id: string) => `${SITE.base.replace(/\/?$/, '/')}embed/${id}/`;

describe('links inside an embed', () => {
  it('the skip link, the chart title and "Skip chart" move within the frame; the host page stays', async () => {
    const { page, frame } = await openHost('tariff-rate', 640);
    await frame.locator('body').press('Tab');
    expect(await frame.evaluate(() => document.activeElement?.className), 'first Tab stop').toBe('skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URL(frame.url()).hash).toBe('#main');
    await frame.locator('.chart-anchor').click();
    expect(new URL(frame.url()).hash).toBe('#chart-tariff-rate');
    await frame.locator('.chart-skip').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.evaluate(() => document.activeElement?.id)).toBe('chart-tariff-rate-end');
    expect(page.url(), 'the host page never navigated').toBe(`${HOST}/post/`);
    expect(new URL(frame.url()).pathname).toBe(embedPath('tariff-rate'));
  });

  it('the credit, licence, "link to this chart" and source links open a new tab, not the host page or the frame', async () => {
    const { page, frame } = await openHost('tariff-rate', 640);
    const links = [
      ['.embed-credit a[href*="/charts/"]', '/charts/'],
      ['.chart-downloads a[href*="/charts/#"]', '/charts/'],
      ['.chart-source-link[href*="/sources/"]', '/sources/'],
    ] as const;
    for (const [selector, path] of links) {
      const [tab] = await Promise.all([page.context().waitForEvent('page'), frame.locator(selector).first().click()]);
      await tab.waitForLoadState('domcontentloaded');
      expect(new URL(tab.url()).pathname, selector).toContain(path);
      expect(await tab.evaluate(() => window.opener), `${selector}: the new tab has no handle on the frame`).toBeNull();
      await tab.close();
    }
    // The licence leaves the site: checked by its attributes, the preview has no internet.
    expect(await frame.locator('a[rel~="license"]').first().getAttribute('target')).toBe('_blank');
    expect(page.url()).toBe(`${HOST}/post/`);
    expect(new URL(frame.url()).pathname).toBe(embedPath('tariff-rate'));
  });

  it('every link in the frame, the tooltip’s included, is an in-page anchor or opens a new tab', async () => {
    const { page, frame } = await openHost('tariff-rate', 640);
    // Show a mark's details, so the links the tooltip creates are in the document too.
    await frame.locator('svg.chart-svg-wide g[data-mark]').first().focus();
    await expect.poll(() => frame.locator('.chart-tip a').count()).toBeGreaterThan(0);
    const wrong = await frame.evaluate(() =>
      [...document.querySelectorAll('a[href]')]
        .filter((a) => !a.getAttribute('href')!.startsWith('#'))
        .filter((a) => a.getAttribute('target') !== '_blank' || !/\bnoopener\b/.test(a.getAttribute('rel') ?? ''))
        .map((a) => a.outerHTML.slice(0, 120)),
    );
    expect(wrong).toEqual([]);
    // Enter on a focused mark follows its first source in a new tab.
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
    await tab.waitForLoadState('domcontentloaded');
    expect(new URL(tab.url()).pathname).toContain('/sources/');
    await tab.close();
    expect(page.url()).toBe(`${HOST}/post/`);
    expect(new URL(frame.url()).pathname).toBe(embedPath('tariff-rate'));
  });
});

describe('an embed sizes itself', () => {
  it.each(CHARTS)('%s: at 640 px wide the snippet’s height shows the credit, licence and whole chart', async (id) => {
    const { frame } = await openHost(id, 640, { listener: false });
    const snippetHeight = Number(/height="(\d+)"/.exec(snippet(id, (p) => p))?.[1]);
    expect(snippetHeight).toBeGreaterThan(0);
    const bottoms = await frame.evaluate(() => {
      const bottom = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? NaN;
      return {
        credit: bottom('.embed-credit'),
        licence: bottom('.embed-credit a[rel~="license"]'),
        chart: bottom('.chart-figure'),
      };
    });
    for (const [part, bottom] of Object.entries(bottoms))
      expect(
        bottom,
        `${id}: the ${part} ends at ${bottom} px, below the ${snippetHeight} px frame`,
      ).toBeLessThanOrEqual(snippetHeight);
  });

  it('posts its document height on load, and again when the frame is resized; README’s listener fits the frame to it', async () => {
    const { page, frame, messages } = await openHost('india-russia-trade', 640);
    const documentHeight = () =>
      frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect.poll(async () => (await messages()).length).toBeGreaterThan(0);
    const first = (await messages()).at(-1)!;
    expect(first).toEqual({ type: EMBED_HEIGHT_MESSAGE, chart: 'india-russia-trade', height: await documentHeight() });
    const frameHeight = () => page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
    // README's listener sized the frame to the message.
    await expect.poll(frameHeight).toBe(first.height);
    // Narrower: more lines wrap, the embed grows, says so, and the frame follows (no inner scrollbar).
    await page.evaluate(() => (document.querySelector('iframe')!.style.width = '340px'));
    await expect.poll(async () => (await messages()).at(-1)!.height).toBeGreaterThan(first.height);
    const narrow = (await messages()).at(-1)!;
    expect(narrow.height).toBe(await documentHeight());
    await expect.poll(frameHeight).toBe(narrow.height);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
  });

  it('posts nothing when it is not in a frame', async () => {
    const env = await browserEnv();
    const context = await env.browser.newContext({ viewport: { width: 640, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const sent: unknown[] = [];
      (window as unknown as { sent: unknown[] }).sent = sent;
      window.addEventListener('message', (e) => sent.push(e.data));
    });
    await page.goto(env.url('embed/tariff-rate/'));
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(await page.evaluate(() => (window as unknown as { sent: unknown[] }).sent)).toEqual([]);
  });
});
