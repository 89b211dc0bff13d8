/**
 * `npm run lint` (eslint.config.js) applies the repository's rules: an unused variable written into
 * a scratch folder inside the repository (so the repository's config applies) fails, naming the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../helpers/project';

const scratch = mkdtempSync(join(ROOT, 'src', 'lint-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('ESLint fails an unused variable and passes the same file without it', async () => {
  const broken = join(scratch, 'broken.ts');
  const clean = join(scratch, 'clean.ts');
  writeFileSync(broken, 'const unused = 1;\nexport const used = 2;\n');
  writeFileSync(clean, 'export const used = 2;\n');
  const [bad, good] = await new ESLint({ cwd: ROOT }).lintFiles([broken, clean]);
  expect(bad!.messages.map((m) => m.ruleId)).toEqual(['@typescript-eslint/no-unused-vars']);
  expect(good!.messages).toEqual([]);
});
