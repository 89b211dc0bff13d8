/**
 * JavaScript budget: for every HTML page in dist/, the gzip size of all the JavaScript it ships
 * (each <script src> file plus each inline script). Run after a build:
 *   npx node src/scripts/js-budget.mjs [distDir]
 * Prints one line per page that ships any script, then a JSON summary. src/tests/charts/budget.test.ts
 * uses measureDist() to hold chart pages to the budget.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Script types that run as JavaScript (JSON-LD and other data blocks do not count). */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[2] ?? match[3] ?? match[4] ?? '') : undefined;
}

/** Resolve a script URL from a page to a file in dist/, allowing for a base path. */
function scriptFile(dist, src, base) {
  const path = src.split(/[?#]/)[0];
  const withoutBase = base !== '/' && path.startsWith(base) ? `/${path.slice(base.length)}` : path;
  const file = join(dist, withoutBase);
  if (!existsSync(file)) throw new Error(`script ${src} is not in ${dist} (looked for ${file})`);
  return file;
}

/**
 * @param {string} dist
 * @param {{ base?: string }} [options]
 * @returns {{ page: string, gzipBytes: number, scripts: { kind: 'src'|'inline', ref: string, gzipBytes: number, text: string }[] }[]}
 */
export function measureDist(dist, options = {}) {
  const base = options.base ?? '/';
  return htmlFiles(dist).sort().map((file) => {
    const html = readFileSync(file, 'utf8');
    const scripts = [];
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const tag = `<script${match[1]}>`;
      const type = (attribute(tag, 'type') ?? '').toLowerCase();
      if (!JS_TYPES.has(type)) continue;
      const src = attribute(tag, 'src');
      if (src !== undefined) {
        const text = readFileSync(scriptFile(dist, src, base), 'utf8');
        scripts.push({ kind: 'src', ref: src, gzipBytes: gzipSync(text, { level: 9 }).length, text });
      } else if (match[2].trim()) {
        scripts.push({ kind: 'inline', ref: `inline #${scripts.length + 1}`, gzipBytes: gzipSync(match[2], { level: 9 }).length, text: match[2] });
      }
    }
    return { page: `/${relative(dist, file).replace(/index\.html$/, '')}`, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0), scripts };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const pages = measureDist(dist, { base: process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/|\/$/g, '')}/` : '/' });
  for (const page of pages.filter((p) => p.gzipBytes > 0)) {
    console.log(`${String(page.gzipBytes).padStart(7)} B gzip  ${page.page}  (${page.scripts.map((s) => `${s.ref}: ${s.gzipBytes}`).join(', ')})`);
  }
  console.log(JSON.stringify({ pages: pages.length, withScripts: pages.filter((p) => p.gzipBytes > 0).length, maxGzipBytes: Math.max(0, ...pages.map((p) => p.gzipBytes)) }));
}
