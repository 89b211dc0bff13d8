import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage();
for (const slug of process.argv.slice(2)) {
  await p.goto(`http://localhost:4392/${slug}`);
  const t = await p.evaluate(() => document.querySelector('main')?.innerText ?? document.body.innerText);
  console.log('=====', slug); console.log(t.split(/\nSources\n/)[0]);
}
await b.close();
