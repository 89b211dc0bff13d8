/**
 * The provenance layer is the bottom of the stack: the remark check, the charts and the citations
 * build on it, never the other way round (a cycle would let the build's check depend on itself).
 */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/project';

const DIR = join(ROOT, 'src/lib/provenance');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

test('src/lib/provenance imports nothing from the remark, charts, cite or site layers', () => {
  const offending = sourceFiles(DIR).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)]
      .map((m) => m[1]!)
      .filter(
        (specifier) => /\/(remark|charts|cite|site|coverage)\//.test(`${specifier}/`) && specifier.startsWith('..'),
      )
      .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
  );
  expect(offending).toEqual([]);
});
