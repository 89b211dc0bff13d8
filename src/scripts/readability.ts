/**
 * `npm run readability`: a table, one row per page, of the "In short" section's Flesch–Kincaid
 * grade (src/lib/editorial/readability.ts), with words, sentences and whether it is within the
 * grade-10 limit. Exits non-zero when a page is over it (the unit test enforces the same limit).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Row {
  file: string;
  words: number;
  sentences: number;
  grade: number;
}
interface Api {
  measure(root: string): { rows: Row[]; limit: number };
}

/** The site code uses extension-less imports (fine for Vite, not for plain Node): bundle it once. */
async function load(): Promise<Api> {
  const dir = join(ROOT, 'node_modules', '.cache', 'readability');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'readability.mjs');
  await esbuild({
    stdin: {
      // coverage/pages.ts reads the pages and parses MDX exactly as the coverage report does.
      contents: `
        import { measurePages, MAX_IN_SHORT_GRADE } from './src/lib/editorial/readability.ts';
        import { parseMdx, readPages } from './src/lib/coverage/pages.ts';
        import { loadProject } from './src/lib/provenance/load.ts';
        export function measure(root) {
          return { rows: measurePages(readPages(root), loadProject(root), parseMdx), limit: MAX_IN_SHORT_GRADE };
        }`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as Api;
}

const { rows, limit } = (await load()).measure(ROOT);
const table = [['Page', 'Words', 'Sentences', 'FK grade', `≤ ${limit}?`], ...rows.map((r) => [r.file.replace('content/pages/', ''), String(r.words), String(r.sentences), r.grade.toFixed(1), r.grade <= limit ? 'yes' : 'NO'])];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
console.log(`"In short" readability (Flesch–Kincaid grade; limit ${limit})\n`);
console.log(line(table[0]!));
console.log(`|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
const over = rows.filter((r) => r.grade > limit);
if (over.length) {
  console.log(`\n${over.length} page(s) over grade ${limit}: ${over.map((r) => r.file).join(', ')}`);
  process.exitCode = 1;
}
