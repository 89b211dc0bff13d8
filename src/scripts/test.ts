/**
 * `npm test`: the type check (`astro check`) and the build (`astro build`) side by side (each
 * mostly keeps one core busy), then every test layer in one Vitest run (unit, build, browser in
 * that order; vitest.config.ts). Extra arguments go to Vitest. The JSON report (for .ci/run and
 * `npm run bench`) goes to $VITEST_JSON_REPORT, else .vitest-report.json.
 *
 * Node-only, no project imports (run by Node's own TypeScript support in src/scripts/).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(label: string, command: string, args: string[], buffered: boolean): Promise<{ code: number; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({ code: 1, output: `${label}: ${error.message}`, seconds: 0 }));
    child.on('exit', (code) => resolve({ code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
  });
}

// The build streams to the terminal; the type check's report is printed once it is done.
const [check, build] = await Promise.all([run('astro check', bin('astro'), ['check'], true), run('astro build', bin('astro'), ['build'], false)]);
process.stdout.write(`\n${check.output.trim()}\n`);
console.log(`\nastro check: ${check.code === 0 ? 'passed' : 'FAILED'} in ${check.seconds.toFixed(1)} s; astro build: ${build.code === 0 ? 'passed' : 'FAILED'} in ${build.seconds.toFixed(1)} s (side by side)\n`);
if (check.code !== 0 || build.code !== 0) process.exit(1);

const report = process.env.VITEST_JSON_REPORT || '.vitest-report.json';
const tests = await run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], false);
process.exit(tests.code);
