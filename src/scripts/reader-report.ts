/**
 * `npm run reader-report`: the reader-experience table of issue 18, one row per built page (run
 * `npm run build` first). From the HTML (src/lib/editorial/reader-report.ts): marks and attributions
 * per 100 words, doubled marks, sentences over 40 words, "seed" in reader text. From a browser
 * against a preview of dist/: Tab stops in each chart, and how far down the home page's story in
 * brief starts at 360 px. Prints a Markdown table; exits non-zero on a doubled mark or a "seed".
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { startPreview } from './lib/preview-server.ts';
import { listPages } from './lib/site-pages.ts';
import { importSiteModule, ROOT } from './lib/site-code.ts';

type Report = typeof import('../lib/editorial/reader-report.ts');
const { measurePage, LONG_SENTENCE_WORDS } = await importSiteModule<Report>('src/lib/editorial/reader-report.ts');

const DIST = join(ROOT, 'dist');
const { pages, base } = listPages(DIST);
const rows = pages
  .filter((p) => p.file)
  .map((p) => ({
    path: p.path,
    ...measurePage(readFileSync(isAbsolute(p.file) ? p.file : join(DIST, p.file), 'utf8')),
  }));

// The browser measures: focusable stops inside each chart figure, and the story's offset on a phone.
const tabStops = new Map<string, number[]>();
let storyOffset: number | undefined;
const server = await startPreview(ROOT, base);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
  for (const row of rows) {
    await page.goto(new URL(row.path, server.origin).href);
    const stops = await page.$$eval('figure.chart-figure', (figures) =>
      figures.map(
        (figure) =>
          [
            ...figure.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
          ].filter(
            (el) =>
              el.tabIndex >= 0 &&
              !(el as HTMLButtonElement).disabled &&
              el.checkVisibility({ visibilityProperty: true }),
          ).length,
      ),
    );
    if (stops.length) tabStops.set(row.path, stops);
    if (row.path === base) {
      storyOffset = await page.$eval('#the-story-in-brief', (h) =>
        Math.round(h.getBoundingClientRect().top + window.scrollY),
      );
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

const header = [
  'Page',
  'Words',
  'Marks/100w',
  'Doubled marks',
  'Attributions/100w',
  `Sentences >${LONG_SENTENCE_WORDS}w`,
  '"seed"',
  'Tab stops per chart',
];
const table = rows.map((r) => [
  r.path,
  String(r.words),
  r.marksPer100.toFixed(1),
  String(r.doubledMarks),
  r.attributionsPer100.toFixed(1),
  String(r.longSentences),
  String(r.seedWords),
  tabStops.get(r.path)?.join(', ') ?? '–',
]);
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
console.log('Reader-experience report (built pages in dist/)\n');
console.log(line(header));
console.log(line(header.map((_, i) => (i === 0 ? '---' : '---:'))));
for (const row of table) console.log(line(row));
const total = (key: 'doubledMarks' | 'seedWords') => rows.reduce((sum, r) => sum + r[key], 0);
console.log(`\nHome page: the story in brief starts ${storyOffset ?? '(not found)'} px down at 360 px wide.`);
console.log(`Doubled marks: ${total('doubledMarks')}; "seed" in reader text: ${total('seedWords')}.`);
if (total('doubledMarks') > 0 || total('seedWords') > 0 || storyOffset === undefined) process.exitCode = 1;
