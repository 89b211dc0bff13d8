/**
 * No import cycle anywhere in src/, type-only imports included: a cycle through types today is a
 * runtime cycle the day one of those imports brings a value (and DATASET_CHECKS, built when its
 * module loads, would then meet a half-initialised check). ESLint's import-x/no-cycle covers value
 * imports in `npm run lint`; this test also follows `import type` and .astro frontmatter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/project';

const SRC = join(ROOT, 'src');
const SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__snapshots__' ? [] : sourceFiles(path);
    return /\.(ts|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** The project file an import specifier names, or undefined for a package. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('~/') ? join(SRC, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : undefined;
  if (!base) return undefined;
  const path = base.replace(/\.js$/, '');
  return [path, `${path}.ts`, `${path}.mjs`, `${path}/index.ts`].find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
}

/** Every file's project imports, type-only ones included. */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const code = file.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') + [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n') : text;
      const targets = [...code.matchAll(SPECIFIER)].map((m) => resolveImport(file, (m[1] ?? m[2] ?? m[3])!)).filter((t): t is string => !!t && t !== file);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Strongly connected components with more than one file (Tarjan): each is an import cycle. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    indexOf.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indexOf.get(next)!));
    }
    if (low.get(node) === indexOf.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return found;
}

describe('import cycles', () => {
  it('finds a cycle, type-only imports included', () => {
    const graph = new Map([
      ['verify.ts', ['checks/check.ts']],
      ['checks/check.ts', ['verify.ts']],
      ['format.ts', []],
    ]);
    expect(cycles(graph)).toEqual([['checks/check.ts', 'verify.ts']]);
  });

  it('src/ has none', () => {
    const graph = importGraph(sourceFiles(SRC));
    expect(graph.size).toBeGreaterThan(100);
    const found = cycles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(' ↔ '));
    expect(found, 'Import cycles (each line is one group of files that import each other, type imports included). Fix: move the shared types or helpers into a module both can import (as src/lib/provenance/dataset.ts holds the checks\' types)').toEqual([]);
  });
});
