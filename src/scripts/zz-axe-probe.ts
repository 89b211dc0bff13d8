import { readFileSync } from 'node:fs';
import { launchChromium } from './lib/chromium.ts';
import { startPreview } from './lib/preview-server.ts';
const root = '/work/wt-loop';
const server = await startPreview(root, '/');
const browser = await launchChromium();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
const tab = await ctx.newPage();
await tab.goto(server.origin + '/' + (process.argv[2] ?? 'crude-oil/'), { waitUntil: 'load' });
await tab.evaluate(readFileSync(root + '/node_modules/axe-core/axe.min.js', 'utf8'));
const out = await tab.evaluate(async () => {
  const axe = (window as any).axe;
  const tags = ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice'];
  const t0 = performance.now();
  await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  const full = performance.now() - t0;
  const rules = axe.getRules(tags).map((r: any) => r.ruleId);
  const times: [string, number][] = [];
  for (const id of rules) { const a = performance.now(); await axe.run(document, { runOnly: { type: 'rule', values: [id] }, resultTypes: ['violations'] }); times.push([id, Math.round(performance.now() - a)]); }
  times.sort((a, b) => b[1] - a[1]);
  const t1 = performance.now();
  await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return { full, full2: performance.now() - t1, n: rules.length, top: times.slice(0, 12), sum: times.reduce((s, t) => s + t[1], 0) };
});
console.log(JSON.stringify(out));
await browser.close(); await server.stop();
