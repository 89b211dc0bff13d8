/** The one browser module (src/scripts/lib/chromium.ts): which browser every suite, Lighthouse and script uses. */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseBrowser } from '../../scripts/lib/chromium';

describe('chooseBrowser', () => {
  it('uses CHROME_PATH when it is set and exists', async () => {
    const fake = join(mkdtempSync(join(tmpdir(), 'chrome-path-')), 'chrome');
    writeFileSync(fake, '');
    expect(await chooseBrowser({ CHROME_PATH: fake })).toEqual({ path: fake, source: 'CHROME_PATH' });
  });

  it('refuses a CHROME_PATH that does not exist, saying how to fix it', async () => {
    await expect(chooseBrowser({ CHROME_PATH: '/nowhere/chrome' })).rejects.toThrow(
      /CHROME_PATH is set to \/nowhere\/chrome, which does not exist\. Unset CHROME_PATH/,
    );
  });

  it('without CHROME_PATH finds a browser that exists: an installed one, else the Chromium inside @sparticuz/chromium', async () => {
    const choice = await chooseBrowser({});
    expect(['installed', '@sparticuz/chromium']).toContain(choice.source);
    expect(existsSync(choice.path), choice.path).toBe(true);
  }, 60_000);
});
