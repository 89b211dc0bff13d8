/** Test helpers: the real project, and throwaway copies of it to break on purpose. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

/** Copy what the verifier reads (seeds/ and content/) into a temp dir. */
export function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-'));
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

/** Copy the whole project (packages linked, not copied; caches not shared) so a build can run on broken input. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'project-'));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => !/\/(node_modules|dist|\.astro|\.git)(\/|$)/.test(src.slice(ROOT.length)),
  });
  // Each package linked, but not the caches Astro and Vite keep in node_modules (.astro holds the
  // content layer's data store): a copy built beside the real project must not share them.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

export function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit(${file}) changed nothing: the test's search text is stale`);
  writeFileSync(file, after);
}
