// Manual check (not a test): screenshots of a topic page, its print view, /changelog/ and a figure's
// Cite disclosure; Tab to a citation mark, Escape, hover, and the copy button with the clipboard.
// Usage: npx astro preview --port 4391 & npx node src/scripts/cite-shot.mjs http://localhost:4391
import { launchChromium } from './lib/chromium.ts';

const base = process.argv[2] ?? 'http://localhost:4391';
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
const page = await context.newPage();
const openPreviews = () => page.evaluate(() => [...document.querySelectorAll('.cite-preview:not([hidden])')].map((e) => e.id));

await page.goto(`${base}/tariffs/`);
await page.screenshot({ path: '/tmp/cite-tariffs-top.png' });
for (let i = 0; i < 40; i++) {
  await page.keyboard.press('Tab');
  const onMark = await page.evaluate(() => document.activeElement?.tagName === 'A' && document.activeElement.closest('sup.cite') !== null);
  if (onMark) break;
}
console.log('focused:', await page.evaluate(() => document.activeElement?.id), 'open previews:', await openPreviews());
await page.screenshot({ path: '/tmp/cite-preview-focus.png' });
await page.keyboard.press('Tab');
console.log('after Tab to next mark, open previews:', await openPreviews());
await page.keyboard.press('Escape');
console.log('after Escape, open previews:', await openPreviews());
await page.hover('sup.cite a >> nth=3');
console.log('hover 4th mark, open previews:', await openPreviews());
await page.mouse.move(5, 5);
await page.waitForTimeout(50);
console.log('after moving away, open previews:', await openPreviews());

await page.locator('#cite-tariffs').scrollIntoViewIfNeeded();
await page.focus('button[data-copy="cite-tariffs-apa"]');
await page.keyboard.press('Enter');
await page.waitForTimeout(200);
console.log('button text:', await page.textContent('button[data-copy="cite-tariffs-apa"]'));
console.log('clipboard:', await page.evaluate(() => navigator.clipboard.readText()));
await page.locator('#cite-tariffs').screenshot({ path: '/tmp/cite-block.png' });
await page.emulateMedia({ media: 'print' });
await page.screenshot({ path: '/tmp/cite-print.png', fullPage: true });
await page.emulateMedia({ media: 'screen' });

await page.goto(`${base}/changelog/`);
await page.screenshot({ path: '/tmp/cite-changelog.png', fullPage: true });
await page.goto(`${base}/figures/`);
await page.click('#figure-us-tariff-india-50 summary');
await page.locator('#figure-us-tariff-india-50').screenshot({ path: '/tmp/cite-figure.png' });

const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
const plain = await noJs.newPage();
await plain.goto(`${base}/tariffs/`);
console.log('no JS: visible copy buttons', await plain.locator('button.cite-copy:visible').count(), '; citation text visible', await plain.locator('#cite-tariffs-apa').isVisible());
await browser.close();
