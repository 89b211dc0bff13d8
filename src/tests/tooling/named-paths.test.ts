/**
 * Every repository path named in a comment under src/, in CONTRIBUTING.md or in README.md exists,
 * so the docs and comments that send a maintainer somewhere stay true when files move. Paths
 * from the top-level folders (src/…, content/…, seeds/…, public/…) count, and in comments also
 * paths relative to the file (starting ./ or ../). Placeholders (<page>, *, $, {, …) are skipped.
 */
import { expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../helpers/project';

const TOP = /(?<![\w./~-])((?:src|content|seeds|public)\/[\w.\-/[\]*<>…]*[\w\]/*>…])/g;
const RELATIVE = /(?<![\w.~-])(\.\.?\/[\w.\-/[\]]*\.(?:ts|astro|mjs|css|yaml|json|md))\b/g;
const PLACEHOLDER = /[<>*${}…]|\[(?!\.\.\.)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === '__snapshots__' || entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|astro|mjs|css)$/.test(entry.name) ? [path] : [];
  });
}

/** The comment lines of a source file: line comments, block comment lines and HTML comments. */
function commentLines(text: string): string[] {
  const lines: string[] = [];
  let inBlock = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (inBlock || trimmed.startsWith('/*') || trimmed.startsWith('*')) lines.push(line);
    else if (/(^|\s)\/\/\s/.test(line)) lines.push(line.slice(line.search(/(^|\s)\/\/\s/)));
    if (trimmed.startsWith('/*') || trimmed.startsWith('<!--')) inBlock = !/\*\/|-->/.test(trimmed.slice(2));
    else if (inBlock && /\*\/|-->/.test(trimmed)) inBlock = false;
  }
  return lines;
}

function exists(path: string): boolean {
  const clean = path.replace(/[.,:;)]+$/, '').replace(/#.*$/, '');
  return existsSync(join(ROOT, clean));
}

function missingIn(file: string, lines: string[], relativeToo: boolean): string[] {
  const missing: string[] = [];
  for (const line of lines) {
    for (const [, path] of line.matchAll(TOP)) {
      if (!PLACEHOLDER.test(path!) && !exists(path!)) missing.push(`${file} names ${path}, which does not exist`);
    }
    if (!relativeToo) continue;
    for (const [, path] of line.matchAll(RELATIVE)) {
      const resolved = relative(ROOT, join(ROOT, dirname(file), path!));
      if (!PLACEHOLDER.test(path!) && !exists(resolved))
        missing.push(`${file} names ${path} (${resolved}), which does not exist`);
    }
  }
  return missing;
}

test('every path named in comments, CONTRIBUTING.md and README.md exists', () => {
  const missing = [
    ...sourceFiles(join(ROOT, 'src')).flatMap((path) => {
      const file = relative(ROOT, path);
      return missingIn(file, commentLines(readFileSync(path, 'utf8')), true);
    }),
    ...['CONTRIBUTING.md', 'README.md'].flatMap((file) =>
      missingIn(file, readFileSync(join(ROOT, file), 'utf8').split('\n'), false),
    ),
  ];
  expect(missing, 'Fix: correct the path, or name what the file now is').toEqual([]);
});

test('the finder catches a moved file on purpose', () => {
  expect(missingIn('src/lib/provenance/checks/charts.ts', [' * ../data-prose.ts checks the quantities'], true)).toEqual(
    [
      'src/lib/provenance/checks/charts.ts names ../data-prose.ts (src/lib/provenance/data-prose.ts), which does not exist',
    ],
  );
  expect(missingIn('CONTRIBUTING.md', ['rules live in `src/lib/provenance/data-prose.ts`'], false)).toHaveLength(1);
  expect(
    missingIn(
      'CONTRIBUTING.md',
      ['rules live in `src/lib/provenance/checks/data-prose.ts`, `content/pages/<page>.mdx`'],
      false,
    ),
  ).toEqual([]);
});
