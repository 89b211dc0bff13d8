/**
 * No import cycle in src/, type-only imports included: a cycle of types is a cycle in the design,
 * and the first value import along it makes it a runtime cycle. Imports are read with the
 * TypeScript compiler's own pre-processor (ts.preProcessFile), from .ts files and from the
 * frontmatter of .astro files; cycles are the strongly connected components of the graph.
 */
import { expect, test } from 'vitest';
import ts from 'typescript';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../helpers/project';

const SRC = join(ROOT, 'src');
const EXTENSIONS = ['', '.ts', '.mts', '.astro', '.mjs', '/index.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The modules a file imports or re-exports (type-only too), resolved to files under src/. */
function importsOf(file: string): string[] {
  let text = readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) text = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return ts.preProcessFile(text, true, true).importedFiles.flatMap(({ fileName }) => {
    const base = fileName.startsWith('~/')
      ? join(SRC, fileName.slice(2))
      : fileName.startsWith('.')
        ? join(dirname(file), fileName)
        : undefined;
    if (!base) return [];
    const found = EXTENSIONS.map((ext) => base.replace(/\.js$/, '') + ext).find(
      (path) => existsSync(path) && statSync(path).isFile(),
    );
    return found ? [found] : [];
  });
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cyclesIn(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.includes(node)) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

test('no import cycle in src/ (type-only imports included)', () => {
  const graph = new Map(
    sourceFiles(SRC).map((file) => [relative(ROOT, file), importsOf(file).map((f) => relative(ROOT, f))]),
  );
  const cycles = cyclesIn(graph).map((files) => `a cycle through ${files.join(', ')}`);
  expect(cycles, 'Fix: move what both sides need into a module of its own that imports neither').toEqual([]);
});

test('the finder catches a cycle on purpose, type-only or not', () => {
  expect(
    cyclesIn(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']],
        ['d', ['a']],
      ]),
    ),
  ).toEqual([['a', 'b', 'c']]);
  expect(
    cyclesIn(
      new Map([
        ['a', ['b']],
        ['b', []],
      ]),
    ),
  ).toEqual([]);
  const typeOnly = ts.preProcessFile(
    "import type { Dataset } from './verify';\nexport type { Seed } from './types';",
    true,
    true,
  );
  expect(typeOnly.importedFiles.map((f) => f.fileName)).toEqual(['./verify', './types']);
});
