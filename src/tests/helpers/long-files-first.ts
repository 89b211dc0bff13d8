/**
 * Vitest's file order, with the files known to take longest started first in their layer.
 *
 * Vitest starts the files that took longest last time first, from its cache of earlier runs, so
 * a layer does not end with one long file running alone on a core. A fresh clone has no such
 * cache and falls back to file size, which started every-page.test.ts (about 60 s) third in the
 * browser layer and left it running alone for its last 35 s. These files go first, in this
 * order, whatever the cache holds; the others keep Vitest's own order after them.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Repository paths; src/tests/tooling/long-files-first.test.ts checks that each exists. */
export const LONG_FILES = [
  // browser layer
  'src/tests/browser/every-page.test.ts',
  'src/tests/browser/reading.test.ts',
  // build layer: each starts an astro build, a dev server or the Nu checker
  'src/tests/build/subpath.test.ts',
  'src/tests/build/build-fails.test.ts',
  'src/tests/build/dev-provenance.test.ts',
  'src/tests/build/html-validity.test.ts',
];

/** Position in LONG_FILES, or LONG_FILES.length for any other file. */
function rank(spec: TestSpecification): number {
  const index = LONG_FILES.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
  return index === -1 ? LONG_FILES.length : index;
}

export class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const position = new Map(sorted.map((spec, i) => [spec, i]));
    // Layers (groupOrder) stay in order; within a layer the long files lead.
    return sorted.sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        rank(a) - rank(b) ||
        position.get(a)! - position.get(b)!,
    );
  }
}
