/**
 * Vitest globalSetup: ONE preview server and ONE Chromium for every test file, so the browser
 * suites stay fast on two cores. Test files connect with `connectBrowser()` (./browser.ts).
 *
 * This never throws: when dist/ or Chromium is missing it hands the reason to the tests, which
 * then FAIL with it (a missing browser must never look like a pass or a skip), while unit tests
 * in the same run are unaffected.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startPreview, type PreviewServer } from '../../scripts/lib/preview-server';
import { launchChromiumServer } from '../../scripts/lib/chromium';
import { siteBase } from '../../scripts/lib/site-pages';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Empty when the browser environment is ready; else why it is not. */
    browserSetupError: string;
    /** "http://127.0.0.1:PORT" */
    previewOrigin: string;
    /** "/" or "/repo/" */
    previewBase: string;
    chromiumWsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const root = process.cwd();
  const base = siteBase();
  let server: PreviewServer | undefined;
  let browser: BrowserServer | undefined;
  const problems: string[] = [];

  if (!existsSync(join(root, 'dist', 'index.html')))
    problems.push(
      'dist/index.html does not exist: run `npm run build` before the browser tests (`npm test` does this).',
    );

  if (problems.length === 0) {
    try {
      server = await startPreview(root, base);
      browser = await launchChromiumServer();
    } catch (error) {
      problems.push(`could not start the browser environment: ${(error as Error).message}`);
    }
  }

  project.provide('browserSetupError', problems.join('\n'));
  project.provide('previewOrigin', server?.origin ?? '');
  project.provide('previewBase', base);
  project.provide('chromiumWsEndpoint', browser?.wsEndpoint() ?? '');

  return async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  };
}
