/**
 * Tests in three layers, each runnable alone (see CONTRIBUTING.md, "Where a test goes"):
 *
 *   unit     src/tests/** except build/ and browser/: pure functions over the repository's
 *            files; no dist/, no server, no browser. Files run in parallel. `npm run test:unit`.
 *   build    src/tests/build/: read the built site in dist/, or run astro itself (broken copies,
 *            a sub-path build, the dev server). `npm run test:build` (after `npm run build`).
 *   browser  src/tests/browser/: the built site in Chromium. ONE preview server and ONE Chromium
 *            for every file (./src/tests/browser/global-setup.ts). `npm run test:browser`.
 *
 * `npm test` runs them after the build (the type check and the linter run beside the build and
 * the tests): unit and build together first, sharing two workers (sequence.groupOrder 0), the long
 * build files leading so the short unit files fill the cores their tail leaves idle; then the
 * browser layer alone, so the astro builds of the build layer never compete with Chromium.
 */
import { defineConfig } from 'vitest/config';
import { LongFilesFirst } from './src/tests/helpers/long-files-first';

const BUILD = 'src/tests/build/**/*.test.ts';
const BROWSER = 'src/tests/browser/**/*.test.ts';

export default defineConfig({
  test: {
    // The longest files start first in each layer, with or without Vitest's cache of earlier runs.
    sequence: { sequencer: LongFilesFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/tests/**/*.test.ts'],
          exclude: [BUILD, BROWSER],
          // Beside the build layer, in the same two workers (Vitest requires one maxWorkers per group).
          sequence: { groupOrder: 0 },
          maxWorkers: 2,
          // Pure tests that restore what they change (process.env in cite/format): sharing one
          // module graph per worker halves the layer's CPU time, most of which was re-importing.
          isolate: false,
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'build',
          include: [BUILD],
          sequence: { groupOrder: 0 },
          // Each file may run `astro build` or `astro dev`: two files at a time on two cores, and at
          // most three concurrent tests in a file (build-fails builds its two broken copies side by side).
          maxWorkers: 2,
          maxConcurrency: 3,
          // The files only read dist/ or run astro in child processes: sharing one module graph
          // per worker saves re-importing the site's modules for each of the sixteen files.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: [BROWSER],
          sequence: { groupOrder: 2 },
          globalSetup: ['src/tests/browser/global-setup.ts'],
          // Two files at a time, and at most three concurrent tests (pages) in a file: Chromium's
          // renderers need the cores more than the test runner does.
          maxWorkers: 2,
          maxConcurrency: 3,
          // Each file closes its own connection and contexts; they share modules, not state.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
