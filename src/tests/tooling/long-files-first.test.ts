/** The sequencer's list of long test files names files that exist (a renamed file would silently lose its head start). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONG_FILES } from '../helpers/long-files-first';
import { ROOT } from '../helpers/project';

describe('LONG_FILES (vitest.config.ts sequencer)', () => {
  it.each(LONG_FILES)('%s exists', (file) => {
    expect(
      existsSync(join(ROOT, file)),
      `${file} is listed in src/tests/helpers/long-files-first.ts but does not exist: update the list`,
    ).toBe(true);
  });
});
