/**
 * `npm run readability`: a table, one row per page, of the "In short" section's Flesch–Kincaid
 * grade (src/lib/editorial/readability.ts), with words, sentences and whether it is within the
 * grade-10 limit. Exits non-zero when a page is over it (the unit test enforces the same limit).
 */
import { importSiteModule, ROOT } from './lib/site-code.ts';

type Readability = typeof import('../lib/editorial/readability.ts');
type Pages = typeof import('../lib/coverage/pages.ts');
type Parse = typeof import('../lib/remark/parse.ts');
type Load = typeof import('../lib/provenance/load.ts');

// coverage/pages.ts reads the pages and parses MDX exactly as the coverage report does.
const { measurePages, MAX_IN_SHORT_GRADE: limit } = await importSiteModule<Readability>(
  'src/lib/editorial/readability.ts',
);
const { readPages } = await importSiteModule<Pages>('src/lib/coverage/pages.ts');
const { parseMdx } = await importSiteModule<Parse>('src/lib/remark/parse.ts');
const { loadProject } = await importSiteModule<Load>('src/lib/provenance/load.ts');
const rows = measurePages(readPages(ROOT), loadProject(ROOT), parseMdx);
const table = [
  ['Page', 'Words', 'Sentences', 'FK grade', `≤ ${limit}?`],
  ...rows.map((r) => [
    r.file.replace('content/pages/', ''),
    String(r.words),
    String(r.sentences),
    r.grade.toFixed(1),
    r.grade <= limit ? 'yes' : 'NO',
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const line = (row: string[]) =>
  `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
console.log(`"In short" readability (Flesch–Kincaid grade; limit ${limit})\n`);
console.log(line(table[0]!));
console.log(`|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
const over = rows.filter((r) => r.grade > limit);
if (over.length) {
  console.log(`\n${over.length} page(s) over grade ${limit}: ${over.map((r) => r.file).join(', ')}`);
  process.exitCode = 1;
}
