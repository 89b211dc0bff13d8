/**
 * Page-level strings in .astro files follow the one quantity rule (findQuantities, as in MDX and
 * data prose): text between tags and the displayed attributes (title, description, label, alt,
 * aria-label) of every route, layout and component carry no quantity, digits or words, since
 * nothing there is cited. Expressions ({…}) print verified data and are not read here (markup
 * inside an expression, such as {list.length > 0 && (<p>…</p>)}, is skipped with it).
 */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findQuantities } from '../../lib/provenance/quantities';
import { ROOT } from '../helpers/project';

const DISPLAYED = /\b(?:title|description|label|alt|aria-label|placeholder)="([^"{}]*)"/g;

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? astroFiles(path) : entry.name.endsWith('.astro') ? [path] : [];
  });
}

/** Technical names in templates that are not quantities (the hash's name on source pages). */
const TEMPLATE_NAMES = /\bSHA-256\b/g;

/** Blank out {…} expressions (balanced braces): they print data, checked where the data is. */
function withoutExpressions(text: string): string {
  let depth = 0;
  let out = '';
  for (const char of text) {
    if (char === '{') depth++;
    out += depth > 0 ? (char === '\n' ? '\n' : ' ') : char;
    if (char === '}' && depth > 0) depth--;
  }
  return out;
}

/** The template of an .astro file (after its frontmatter), without scripts, styles, comments and expressions. */
function template(text: string): string {
  const body = text.replace(/^---[\s\S]*?\n---/, '');
  const markup = body.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  return withoutExpressions(markup).replace(TEMPLATE_NAMES, ' ');
}

/** Every quantity in the displayed strings of one .astro file, as "file: found "x" in "text"". */
function astroStringProblems(file: string, text: string): string[] {
  const body = template(text);
  const strings = [
    ...[...body.matchAll(DISPLAYED)].map((m) => m[1]!),
    ...[...body.replace(/<[^>]*>/g, '\n').split('\n')].map((s) => s.trim()).filter(Boolean),
  ];
  return strings.flatMap((string) =>
    findQuantities(string).map(
      (q) => `${file}: "${q.text}" in "${string}". Expected no quantity in a page-level string. Fix: print it from the data with <Fig>, or reword.`,
    ),
  );
}

test('no quantity in the displayed strings of .astro files', () => {
  const problems = astroFiles(join(ROOT, 'src')).flatMap((path) => astroStringProblems(relative(ROOT, path), readFileSync(path, 'utf8')));
  expect(problems).toEqual([]);
});

test('a quantity in an .astro title or text is caught on purpose', () => {
  expect(astroStringProblems('src/pages/x.astro', '---\n---\n<BaseLayout title="Tariffs doubled"><p>Some ٥٠% text</p></BaseLayout>')).toEqual([
    expect.stringMatching(/^src\/pages\/x\.astro: "doubled" in "Tariffs doubled"\. Expected .* Fix: /),
    expect.stringMatching(/"٥٠%" in "Some ٥٠% text"/),
  ]);
});
