/**
 * Page-weight budgets, measured from dist/ (what a reader's browser downloads on first load):
 * JavaScript, CSS and total page weight per page, gzip-compressed as a server would send them.
 *
 *   npm run budgets            → table on stdout, exit 1 if any page is over budget
 *   src/tests/build/budgets.test.ts enforces the same numbers in `npm test`.
 *
 * What counts: the HTML; inline <script>/<style>; <script src>, <link rel=modulepreload|stylesheet>
 * and the modules they import statically; <img>/<link rel=icon> and CSS url() assets. Not counted:
 * code fetched on demand with import() (e.g. the search index and its WebAssembly, loaded only when
 * a reader searches), social-card images (only crawlers fetch them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { elementsOf } from './lib/html-tree.ts';
import { fileForPath, listPages, siteBase, type SitePage } from './lib/site-pages.ts';

export type PageKind = 'text' | 'chart' | 'search';

export interface Budget {
  /** Total JavaScript, gzip bytes. */
  js: number;
  /** Total CSS, gzip bytes. */
  css: number;
  /** Everything: HTML + JS + CSS (gzip) + images and fonts. */
  total: number;
}

const KB = 1024;
/**
 * The numbers. Text pages may carry only tiny site scripts (theme switch, citation previews);
 * chart pages may ship at most 10 KB of JavaScript in all (README, Performance); the search page loads Pagefind's UI.
 */
export const BUDGETS: Record<PageKind, Budget> = {
  text: { js: 4 * KB, css: 12 * KB, total: 120 * KB },
  chart: { js: 10 * KB, css: 12 * KB, total: 200 * KB },
  search: { js: 60 * KB, css: 16 * KB, total: 250 * KB },
};

export interface PageWeight {
  path: string;
  kind: PageKind;
  html: number;
  js: number;
  css: number;
  assets: number;
  total: number;
  /** Files counted, for explaining a number. */
  files: string[];
}

const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;
const COMPRESSED = /\.(png|jpe?g|webp|avif|gif|woff2?|wasm)$/i;

/** A chart page draws a chart: a [data-chart] section or <chart-tooltip>, or a <figure id="fig-…"> holding an <svg>. */
function kindOf(path: string, html: string): PageKind {
  if (/\/search\/$/.test(path)) return 'search';
  const els = elementsOf(html);
  const chart =
    els.some((el) => el.tag === 'chart-tooltip' || el.attrs['data-chart'] !== undefined) ||
    els.some((el) => el.tag === 'svg' && el.ancestors.includes('figure') && /<figure[^>]*\bid="fig-/.test(html));
  return chart ? 'chart' : 'text';
}

/** Static imports in a built ES module: `import x from "./a.js"`, `import "./b.js"`, `export * from "./c.js"`. */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g))
    out.push(m[1]!);
  return out;
}

export function measurePage(distDir: string, page: SitePage, base: string): PageWeight {
  const html = readFileSync(page.file, 'utf8');
  const weight: PageWeight = {
    path: page.path,
    kind: kindOf(page.path, html),
    html: gz(html),
    js: 0,
    css: 0,
    assets: 0,
    total: 0,
    files: [],
  };
  const seen = new Set<string>();
  const resolve = (ref: string, fromPath: string) => {
    if (/^(data|blob|mailto|tel|javascript):/i.test(ref)) return undefined;
    const url = new URL(ref, `http://dist.invalid${fromPath}`);
    if (url.origin !== 'http://dist.invalid') return undefined;
    return { file: fileForPath(distDir, url.pathname, base), path: url.pathname };
  };
  /** A file the page loads, counted once: its path and bytes on the first visit, else undefined. */
  const firstVisit = (ref: string, fromPath: string) => {
    const target = resolve(ref, fromPath);
    if (!target?.file || seen.has(target.file)) return undefined;
    seen.add(target.file);
    weight.files.push(target.path);
    return { path: target.path, file: target.file, bytes: readFileSync(target.file) };
  };
  const addJs = (ref: string, fromPath: string) => {
    const visit = firstVisit(ref, fromPath);
    if (!visit) return;
    const code = visit.bytes.toString('utf8');
    weight.js += gz(code);
    for (const imported of staticImports(code)) addJs(imported, visit.path);
  };
  const addCss = (css: string, fromPath: string) => {
    for (const m of css.matchAll(/@import\s+(?:url\()?["']?([^"')\s]+)/g)) addCssFile(m[1]!, fromPath);
    for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) addAsset(m[2]!, fromPath);
  };
  /** A stylesheet file, from <link rel="stylesheet"> or @import: counted once, with what it imports. */
  function addCssFile(ref: string, fromPath: string): void {
    const visit = firstVisit(ref, fromPath);
    if (!visit) return;
    const text = visit.bytes.toString('utf8');
    weight.css += gz(text);
    addCss(text, visit.path);
  }
  const addAsset = (ref: string, fromPath: string) => {
    const visit = firstVisit(ref, fromPath);
    if (visit) weight.assets += COMPRESSED.test(visit.file) ? visit.bytes.length : gz(visit.bytes);
  };

  for (const el of elementsOf(html)) {
    if (el.tag === 'script') {
      const type = el.attrs.type ?? '';
      if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue; // JSON-LD, importmap data
      if (el.attrs.src) addJs(el.attrs.src, page.path);
      else if (el.text.trim()) {
        weight.js += gz(el.text);
        weight.files.push('(inline script)');
        for (const imported of staticImports(el.text)) addJs(imported, page.path);
      }
    } else if (el.tag === 'link') {
      const rel = el.attrs.rel ?? '';
      if (/\bmodulepreload\b/.test(rel) && el.attrs.href) addJs(el.attrs.href, page.path);
      else if (/\bstylesheet\b/.test(rel) && el.attrs.href) addCssFile(el.attrs.href, page.path);
      else if (/\bicon\b/.test(rel) && el.attrs.href) addAsset(el.attrs.href, page.path);
    } else if (el.tag === 'style') {
      weight.css += gz(el.text);
      addCss(el.text, page.path);
    } else if (el.tag === 'img' && el.attrs.src) addAsset(el.attrs.src, page.path);
  }
  // Inline <script>/<style> bytes are inside the HTML too; count them once, under JS/CSS.
  const inline = elementsOf(html)
    .filter((el) => (el.tag === 'script' && !el.attrs.src) || el.tag === 'style')
    .map((el) => el.text)
    .join('');
  weight.html = Math.max(0, gz(html) - (inline ? gz(inline) : 0));
  weight.total = weight.html + weight.js + weight.css + weight.assets;
  return weight;
}

export function measureSite(distDir: string, base = siteBase()): PageWeight[] {
  return listPages(distDir, base)
    .pages.filter((p) => p.file && existsSync(p.file))
    .map((p) => measurePage(distDir, p, base));
}

/** Sentences naming each page over budget, by how much. */
export function overBudget(weights: PageWeight[], budgets = BUDGETS): string[] {
  const problems: string[] = [];
  for (const w of weights) {
    const b = budgets[w.kind];
    for (const key of ['js', 'css', 'total'] as const) {
      if (w[key] > b[key])
        problems.push(
          `${w.path} (${w.kind} page): ${key.toUpperCase()} ${kb(w[key])} gzip is over its ${kb(b[key])} budget${key === 'js' ? ` — ${w.files.filter((f) => f.endsWith('.js') || f.startsWith('(inline')).join(', ')}` : ''}`,
        );
    }
  }
  return problems;
}

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

export function budgetTable(weights: PageWeight[], budgets = BUDGETS): string {
  const rows = [
    ['page', 'kind', 'HTML', 'JS', 'CSS', 'assets', 'total', 'budget JS/CSS/total'],
    ...weights.map((w) => [
      w.path,
      w.kind,
      kb(w.html),
      kb(w.js),
      kb(w.css),
      kb(w.assets),
      kb(w.total),
      `${kb(budgets[w.kind].js)} / ${kb(budgets[w.kind].css)} / ${kb(budgets[w.kind].total)}`,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

// CLI: `npm run budgets`
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = join(dirname(new URL(import.meta.url).pathname), '..', '..', 'dist');
  const weights = measureSite(dist);
  console.log(`Page weight (gzip) for ${weights.length} pages in dist/:\n`);
  console.log(budgetTable(weights));
  const problems = overBudget(weights);
  if (problems.length) {
    console.error(`\n${problems.length} over budget:\n  - ${problems.join('\n  - ')}`);
    process.exit(1);
  }
  console.log('\nAll pages within budget.');
}
