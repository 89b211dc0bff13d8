/**
 * The real pipeline refuses broken input: these run `astro build` on throwaway copies of the
 * project with a deliberate mistake and read the error a maintainer would see.
 */
import { describe, test } from 'vitest';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, edit } from '../helpers/project';

/** `astro build` in `dir`, run asynchronously so the two broken copies build side by side. */
function build(dir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      join(dir, 'node_modules/.bin/astro'),
      ['build'],
      {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 180_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({
          status: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          output: `${stdout}\n${stderr}`,
        }),
    );
    child.stdin?.end();
  });
}

/** Run `make` once, on first use, and share its promise with every test that asks. */
function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= make());
}

// Two broken copies, built side by side (each `astro build` costs seconds of CPU on two cores):
// one with every MDX mistake in one page, one with every data mistake. Each rule's mistake is
// independent of the others and each assertion matches its own rule's message at its own
// file:line:col or file › id, so every assertion still proves its own rule fires. The two groups
// cannot share a copy: data mistakes stop the build at config setup, before any MDX is compiled.
const brokenMdx = [
  '---',
  'title: Broken page',
  'description: A page that breaks every MDX rule once, on purpose.',
  'order: 99',
  '---',
  "import fs from 'node:fs'",
  '',
  'The tariff rose to 45% overnight.',
  '',
  'India pledged to stop buying Russian oil.',
  '',
  'Then the US doubled the tariff.<Cite at="aljazeera:4" />',
  '',
  'India imports about <Fig id="india-russian-crude-2025" />.',
  '',
  '![The tariff rose to 45%](chart.png)<Cite at="aljazeera:4" />',
  '',
  '<Reading>',
  '',
  'An interpretation, labelled as ours.',
  '',
  '</Reading>',
  '',
].join('\n');

describe.concurrent('astro build on broken input', () => {
  const mdxBuild = lazy(() => {
    const dir = copyProject();
    writeFileSync(join(dir, 'content/pages/broken.mdx'), brokenMdx);
    return build(dir);
  });
  const dataBuild = lazy(() => {
    const dir = copyProject();
    edit(join(dir, 'content/data/events/autonomy.yaml'), (text) =>
      text.replace('title: The Indo-Soviet Treaty', 'title: The Indo-Soviet Treaty doubled trade'),
    );
    edit(join(dir, 'content/data/figures/trade.yaml'), (text) =>
      text.replace('reached a record $66 billion in 2024', 'reached a record $67 billion in 2024'),
    );
    edit(join(dir, 'seeds/003_6429492cca953a6c.txt'), (text) => text.replace('to 50%', 'to 55%'));
    return build(dir);
  });

  test('an uncited "45%" and an import of node:fs in MDX fail the build at file:line:col', async ({ expect }) => {
    const { status, output } = await mdxBuild();
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/broken.mdx:8:20 uncited number "45%"');
    expect(output).toMatch(
      /content\/pages\/broken\.mdx:6:1 MDX may import only from "~\/components\/mdx" \(received import from "node:fs"\)/,
    );
  });

  test('the prose rules: an uncited paragraph, a quantity in words, a doubled hedge and "45%" in alt text fail at file:line:col', async ({
    expect,
  }) => {
    const { status, output } = await mdxBuild();
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/pages/broken.mdx:10:1 paragraph with no citation ("India pledged to stop buying Russian oil."). Expected:',
    );
    expect(output).toContain(
      'content/pages/broken.mdx:12:13 uncited quantity in words "doubled": expected no quantity outside',
    );
    expect(output).toMatch(
      /content\/pages\/broken\.mdx:14:\d+ doubled hedge: "about" before <Fig id="india-russian-crude-2025">, which already prints "nearly 2 million barrels a day"/,
    );
    expect(output).toContain('content/pages/broken.mdx:16:1 uncited number "45%" in image alt text');
    expect(output).not.toContain('An interpretation, labelled as ours');
  });

  test('a quantity in words in data prose fails the build, naming the file, entry and field', async ({ expect }) => {
    const { status, output } = await dataBuild();
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/data/events/autonomy.yaml › indo-soviet-treaty-1971: title shows the quantity in words "doubled", which none of this entry\'s seed lines states',
    );
  });

  test('one changed digit in a figure quote fails the build, naming the file and the figure', async ({ expect }) => {
    const { status, output } = await dataBuild();
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/data/figures/trade.yaml › india-russia-trade-2024: quote not found on hindustantimes:13',
    );
  });

  test('an edited seed fails the build', async ({ expect }) => {
    const { status, output } = await dataBuild();
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/data\/sources\.yaml › invezz: seeds\/003_6429492cca953a6c\.txt has changed/);
  });
});
