/**
 * The layers of src/, as the README's "Project layout" table states them: each folder with a "May
 * import" entry imports only from the folders listed there (and from itself and npm packages).
 * The table is read here, so it cannot drift from the code. The bottom of the stack is
 * src/lib/provenance/, which imports nothing above it: the build's check can never depend on itself.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../helpers/project';

const SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

/** Folder (repo path with a trailing slash) → folders it may import from; `null` means anything. */
export function layoutRules(readme: string): Map<string, string[] | null> {
  const section = readme.slice(readme.indexOf('## Project layout'));
  const rules = new Map<string, string[] | null>();
  for (const row of section.split('\n').filter((line) => line.startsWith('| `src/'))) {
    const cells = row.split('|').map((cell) => cell.trim());
    const folders = [...cells[1]!.matchAll(/`([^`]+\/)`/g)].map((m) => m[1]!);
    const allowed = cells[3] ?? '';
    if (!allowed) continue;
    const list = /^anything$/i.test(allowed) ? null : [...allowed.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    for (const folder of folders) rules.set(folder, list);
  }
  return rules;
}

/** Imports that break the rules: `file imports target (folder may import only …)`. */
export function layerViolations(
  rules: ReadonlyMap<string, string[] | null>,
  imports: readonly { file: string; target: string }[],
): string[] {
  const folderOf = (path: string) =>
    [...rules.keys()].filter((folder) => path.startsWith(folder)).sort((a, b) => b.length - a.length)[0];
  return imports.flatMap(({ file, target }) => {
    const from = folderOf(file);
    const allowed = from ? rules.get(from) : null;
    if (!from || allowed === null || allowed === undefined || target.startsWith(from)) return [];
    if (allowed.some((folder) => target.startsWith(folder) || target === folder.replace(/\/$/, ''))) return [];
    return [
      `${file} imports ${target} (${from} may import only ${allowed.length ? allowed.join(', ') : 'from itself'})`,
    ];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'tests' ? [] : sourceFiles(path);
    return /\.(ts|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

function projectImports(): { file: string; target: string }[] {
  return sourceFiles(join(ROOT, 'src')).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return [...text.matchAll(SPECIFIER)].flatMap((m) => {
      const specifier = (m[1] ?? m[2])!;
      if (specifier === 'astro:content') return [{ file: relative(ROOT, path), target: 'astro:content' }];
      const local = specifier.startsWith('~/')
        ? join(ROOT, 'src', specifier.slice(2))
        : specifier.startsWith('.')
          ? resolve(dirname(path), specifier)
          : undefined;
      return local ? [{ file: relative(ROOT, path), target: relative(ROOT, local) }] : [];
    });
  });
}

describe('layers', () => {
  const rules = layoutRules(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('reads the rules from the README table', () => {
    expect(rules.get('src/lib/provenance/')).toEqual([]);
    expect(rules.get('src/lib/remark/')).toEqual(['src/lib/provenance/']);
    expect(rules.get('src/pages/')).toBeNull();
  });

  it('catches an import against the table, naming file, target and rule', () => {
    expect(layerViolations(rules, [{ file: 'src/lib/provenance/verify.ts', target: 'src/lib/site/urls' }])).toEqual([
      'src/lib/provenance/verify.ts imports src/lib/site/urls (src/lib/provenance/ may import only from itself)',
    ]);
    expect(layerViolations(rules, [{ file: 'src/lib/remark/parse.ts', target: 'src/lib/provenance/text' }])).toEqual(
      [],
    );
  });

  it('src/ keeps to the README table', () => {
    expect(
      layerViolations(rules, projectImports()),
      'Fix: import from a lower layer, move the shared code down, or (if the design changed) update the table in README.md',
    ).toEqual([]);
  });
});
