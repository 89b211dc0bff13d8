/**
 * `npm run lint` (eslint.config.js) catches an import cycle: two modules written into a scratch folder
 * inside the repository (so the repository's config and resolver apply) that import each other.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../helpers/project';

const scratch = mkdtempSync(join(ROOT, 'src', 'lint-cycle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('ESLint fails a runtime import cycle, naming both files', async () => {
  writeFileSync(join(scratch, 'a.ts'), "import { b } from './b';\nexport const a = () => b();\n");
  writeFileSync(join(scratch, 'b.ts'), "import { a } from './a';\nexport const b = (): unknown => a;\n");
  const results = await new ESLint({ cwd: ROOT }).lintFiles([join(scratch, 'a.ts'), join(scratch, 'b.ts')]);
  const cycles = results.flatMap((r) =>
    r.messages.filter((m) => m.ruleId === 'import-x/no-cycle').map(() => r.filePath),
  );
  expect(cycles.sort()).toEqual([join(scratch, 'a.ts'), join(scratch, 'b.ts')]);
});
