/**
 * `npm test`: the build (`astro build`), then every test layer in one Vitest run (unit, build,
 * browser in that order; vitest.config.ts), with the type check (`astro check`) and the linter
 * (`npm run lint`: ESLint, then Prettier's check) running beside both from the start. Extra
 * arguments go to Vitest. The JSON report (for .ci/run and `npm run bench`) goes to
 * $VITEST_JSON_REPORT, else .vitest-report.json.
 *
 * Node-only, no project imports (run by Node's own TypeScript support in src/scripts/).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(
  label: string,
  command: string,
  args: string[],
  buffered: boolean,
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...env, ...extraEnv },
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({ code: 1, output: `${label}: ${error.message}`, seconds: 0 }));
    child.on('exit', (code) => resolve({ code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
  });
}

// The type check needs no build output and no test needs the type check, so it runs beside
// everything else: beside the build first, then beside the test layers (it mostly keeps one core
// busy, and the build alone does not keep both busy). Its report is printed once the tests end,
// and a failed check still fails `npm test`.
// Its own content cache: beside the build, both would write node_modules/.astro/data-store.json
// through the same temporary file (a race that failed a CI run with ENOENT on the rename).
const check = run('astro check', bin('astro'), ['check'], true, { ASTRO_CACHE_DIR: 'node_modules/.astro-check/' });
const lint = run('npm run lint', 'npm', ['run', '--silent', 'lint'], true);
const build = await run('astro build', bin('astro'), ['build'], false);
console.log(
  `\nastro build: ${build.code === 0 ? 'passed' : 'FAILED'} in ${build.seconds.toFixed(1)} s (astro check running beside it)\n`,
);
if (build.code !== 0) {
  for (const side of await Promise.all([check, lint])) process.stdout.write(`\n${side.output.trim()}\n`);
  process.exit(1);
}

const report = process.env.VITEST_JSON_REPORT || '.vitest-report.json';
const tests = await run(
  'vitest',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  false,
);
const checked = await check;
process.stdout.write(`\n${checked.output.trim()}\n`);
console.log(
  `\nastro check: ${checked.code === 0 ? 'passed' : 'FAILED'} in ${checked.seconds.toFixed(1)} s (beside the build and the tests)`,
);
const linted = await lint;
if (linted.code !== 0) process.stdout.write(`\n${linted.output.trim()}\n`);
console.log(
  `npm run lint: ${linted.code === 0 ? 'passed' : 'FAILED'} in ${linted.seconds.toFixed(1)} s (beside the build and the tests)`,
);
// Stage times for `npm run bench:tests`, beside Vitest's own report.
writeFileSync(`${report}.stages.json`, JSON.stringify({ buildSeconds: build.seconds, checkSeconds: checked.seconds }));
process.exit([tests.code, checked.code, linted.code].find((code) => code !== 0) ?? 0);
