/**
 * The cite box in the browser (src/components/cite/cite-client.ts): the access date is the
 * reader's today, copying puts rich text (italic title) and plain text on the clipboard and a
 * live region says "Copied", the .ris download carries the day of download; without JavaScript
 * the box asks the reader to add the date.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { formatAccessed, localDay } from '../../lib/cite/access-date';
import { browserEnv, closeBrowserEnv, themedContext } from './browser';

const contexts: BrowserContext[] = [];
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await closeBrowserEnv();
});

async function open(path: string, javaScriptEnabled = true) {
  const env = await browserEnv();
  const context = await themedContext(env.browser, 'light', 'desktop', { javaScriptEnabled, acceptDownloads: true });
  contexts.push(context);
  if (javaScriptEnabled) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  const page = await context.newPage();
  const response = await page.goto(env.url(path));
  expect(response?.status(), `${path} did not load`).toBe(200);
  return page;
}

describe('cite box with JavaScript', () => {
  it('fills in today as the access date and copies rich and plain text, announcing "Copied"', async () => {
    const page = await open('tariffs/');
    const today = localDay(new Date(await page.evaluate(() => Date.now())));
    const apa = page.locator('#cite-tariffs-apa');
    await expect.poll(() => apa.innerText()).toContain(`Retrieved ${formatAccessed(today, 'us')}, from`);
    expect(await page.locator('#cite-tariffs-bibtex').innerText()).toContain(`urldate = {${today}}`);

    const button = page.locator('button[data-copy="cite-tariffs-apa"]');
    expect(await button.getAttribute('aria-label'), 'an aria-label would mask the changing text').toBeNull();
    await button.click();
    await expect.poll(() => button.innerText()).toContain('Copied');
    const status = page.locator('.cite-status');
    expect(await status.count(), 'one live region for the page').toBe(1);
    expect(await status.getAttribute('role')).toBe('status');
    await expect.poll(() => status.textContent()).toBe('Copied APA 7 citation for this page');

    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : '');
      return { plain: await read('text/plain'), html: await read('text/html') };
    });
    expect(clipboard.plain).toBe((await apa.textContent())!.trim());
    expect(clipboard.plain).toContain(formatAccessed(today, 'us'));
    expect(clipboard.html, 'the rich-text copy keeps the italic title').toContain('<i>US tariffs on India</i>');
  });

  it('downloads the .ris with the day of download as its access date', async () => {
    const page = await open('tariffs/');
    const today = localDay(new Date(await page.evaluate(() => Date.now())));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#cite-tariffs a[data-cite-download="ris"]').click(),
    ]);
    // The browser is remote (shared), so read the download as a stream rather than a local path.
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const file = Buffer.concat(chunks).toString('utf8');
    expect(download.suggestedFilename()).toBe('tariffs.ris');
    expect(file).toContain(`\r\nY2  - ${today.replace(/-/g, '/')}\r\nUR  - `);
  });
});

describe('cite box without JavaScript', () => {
  it('asks the reader to add the date they read the page', async () => {
    const page = await open('timeline/', false);
    const box = page.locator('section.cite-this');
    expect(await box.count(), 'a cite box on /timeline/').toBe(1);
    const text = await box.innerText();
    expect(text).toContain('Add the date you read it.');
    expect(text).toContain('Retrieved [date you read it], from');
    expect(await page.locator('a.cite-jump, .cite-jump a').getAttribute('href')).toBe('#cite-timeline');
  });
});
