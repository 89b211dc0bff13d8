/**
 * Live provenance under `astro dev` (src/integrations/provenance.ts): in a throwaway copy of the
 * project, a misquoted figure makes every page answer with the error overlay within about a
 * second, naming the data file, the figure id, what was expected and what was found, with a
 * hint; the terminal says the same; fixing the quote recovers without a restart. An uncited
 * number typed into an MDX page is reported at file:line:col and recovers the same way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort } from '../../scripts/lib/preview-server';
import { childEnv } from '../helpers/child-env';
import { copyProject, edit } from '../helpers/project';

const GOOD = 'reached a record $66 billion in 2024';
const BAD = 'reached a record $67 billion in 2024';
let dir: string;
let dev: ChildProcess;
let origin: string;
let log = '';

/** Poll the page until `done(status, body)` holds; returns how long it took. */
async function waitForPage(
  done: (status: number, body: string) => boolean,
  timeoutMs: number,
): Promise<{ ms: number; status: number; body: string }> {
  const started = Date.now();
  let last = { status: 0, body: '' };
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`${origin}/tariffs/`, { headers: { accept: 'text/html' } });
      last = { status: response.status, body: await response.text() };
      if (done(last.status, last.body)) return { ms: Date.now() - started, ...last };
    } catch {
      // Not listening yet.
    }
    // Each answer in the good state renders the whole page again: a quarter second between asks.
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `the page did not reach the expected state in ${timeoutMs} ms; last HTTP ${last.status}:\n${last.body.slice(0, 600)}\n--- dev server output ---\n${log}`,
  );
}

beforeAll(async () => {
  dir = copyProject();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    [join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: dir,
      env: childEnv({ FORCE_COLOR: '0', NO_COLOR: '1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  dev.stdout?.on('data', (d) => (log += d));
  dev.stderr?.on('data', (d) => (log += d));
  await waitForPage((status) => status === 200, 90_000);
}, 120_000);

afterAll(() => {
  if (dev?.pid && dev.exitCode === null) process.kill(dev.pid);
});

test('a misquoted figure shows at once in the overlay and the terminal, and the fix recovers without a restart', async () => {
  const file = join(dir, 'content/data/figures/trade.yaml');
  edit(file, (text) => text.replace(GOOD, BAD));
  const broken = await waitForPage((status) => status === 500, 10_000);
  // "About a second": the verifier itself takes well under 100 ms; allow for a loaded machine.
  expect(broken.ms).toBeLessThan(3_000);
  expect(broken.body).toContain('ErrorOverlay');
  expect(broken.body).toContain(
    'content/data/figures/trade.yaml › india-russia-trade-2024: quote not found on hindustantimes:13',
  );
  expect(broken.body).toContain(`${BAD}\\"; the line reads`);
  expect(broken.body).toContain('the line reads');
  expect(broken.body).toMatch(
    /"hint":"Open content\/data\/figures\/trade\.yaml and find the entry `id: india-russia-trade-2024`/,
  );
  expect(broken.body).toMatch(/"loc":\{"file":"[^"]*content\/data\/figures\/trade\.yaml","line":\d+/);
  expect(log).toMatch(
    /\[provenance-verifier\] content\/data\/figures\/trade\.yaml changed; Provenance verification failed/,
  );

  edit(file, (text) => text.replace(BAD, GOOD));
  const fixed = await waitForPage((status) => status === 200, 15_000);
  expect(fixed.body).toContain('<h1');
  expect(log).toMatch(/trade\.yaml changed; provenance verified again in \d+ ms/);
  expect(dev.exitCode).toBeNull();
}, 60_000);

test('an uncited number typed into an MDX page shows at file:line:col, and removing it recovers', async () => {
  const page = join(dir, 'content/pages/tariffs.mdx');
  edit(page, (text) => `${text.trimEnd()}\n\nThe tariff rose to 45% overnight.\n`);
  const broken = await waitForPage((status) => status === 500, 20_000);
  // Astro answers with its error page (the overlay gets the details over the HMR socket) and
  // prints the details in the terminal.
  expect(broken.body).toContain('MDXError');
  await expect.poll(() => log, { timeout: 5_000 }).toMatch(/content\/pages\/tariffs\.mdx:\d+:\d+ uncited number "45%"/);
  edit(page, (text) => text.replace('\n\nThe tariff rose to 45% overnight.\n', '\n'));
  await waitForPage((status) => status === 200, 20_000);
  expect(dev.exitCode).toBeNull();
}, 60_000);
