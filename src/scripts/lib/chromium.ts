/**
 * The ONE place that knows where the browser is. Every browser test, Lighthouse (`npm run audit`)
 * and every script asks this module, in this order:
 *
 *   1. `CHROME_PATH`, when set (it must point at a Chrome or Chromium binary);
 *   2. a Chrome or Chromium installed on this machine, found the way Lighthouse's
 *      `chrome-launcher` finds one (macOS, Windows, Linux: Chrome, Chrome Canary, Chromium…);
 *   3. the Chromium shipped inside the npm package `@sparticuz/chromium` (a headless shell that
 *      `npm install` brings; its binary is decompressed to the temp dir on first use).
 *
 * So `npm install && npm test` needs nothing beyond Node and npm.
 *
 * Node-only, no project imports (run by Node's own TypeScript support in src/scripts/).
 */
import { existsSync } from 'node:fs';
import { Launcher } from 'chrome-launcher';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export type BrowserSource = 'CHROME_PATH' | 'installed' | '@sparticuz/chromium';

export interface BrowserChoice {
  /** Absolute path of the browser binary. */
  path: string;
  /** Where it came from, for messages ("Chromium 153 from @sparticuz/chromium"). */
  source: BrowserSource;
}

/** Flags for a quiet, headless, offline-friendly Chromium in a container or on a laptop. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** An installed Chrome/Chromium as chrome-launcher finds it, or undefined (never throws). */
function installedBrowser(): string | undefined {
  try {
    return Launcher.getInstallations().find((path) => existsSync(path));
  } catch {
    // chrome-launcher throws on platforms it does not know; the bundled Chromium still works.
    return undefined;
  }
}

/** The Chromium inside @sparticuz/chromium, decompressed on first use (about 2 s, once per boot). */
async function bundledChromium(): Promise<string> {
  const { default: Chromium } = await import('@sparticuz/chromium');
  return Chromium.executablePath();
}

let choosing: Promise<BrowserChoice> | undefined;

/** Which browser to use (see the order above). Rejects with a fix when none can be found. */
export function chooseBrowser(env: NodeJS.ProcessEnv = process.env): Promise<BrowserChoice> {
  const fresh = async (): Promise<BrowserChoice> => {
    const fromEnv = env.CHROME_PATH;
    if (fromEnv) {
      if (!existsSync(fromEnv))
        throw new Error(
          `CHROME_PATH is set to ${fromEnv}, which does not exist. Unset CHROME_PATH to use the Chromium that \`npm install\` brings, or point it at a Chrome or Chromium binary.`,
        );
      return { path: fromEnv, source: 'CHROME_PATH' };
    }
    const installed = installedBrowser();
    if (installed) return { path: installed, source: 'installed' };
    try {
      return { path: await bundledChromium(), source: '@sparticuz/chromium' };
    } catch (error) {
      throw new Error(
        `No browser found: CHROME_PATH is not set, no Chrome or Chromium is installed, and the one in @sparticuz/chromium could not be unpacked (${(error as Error).message}). Run \`npm install\`, or set CHROME_PATH to a Chrome or Chromium binary.`,
        { cause: error },
      );
    }
  };
  // The default environment's answer is the same for the whole process: work it out once.
  if (env !== process.env) return fresh();
  choosing ??= fresh();
  return choosing;
}

/** Launch the chosen browser headless for playwright-core (tests, axe, scripts). */
export async function launchChromium(): Promise<Browser> {
  const { path } = await chooseBrowser();
  return chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, headless: true });
}

/** Launch the chosen browser as a server other processes connect to (Vitest global setup). */
export async function launchChromiumServer(): Promise<BrowserServer> {
  const { path } = await chooseBrowser();
  return chromium.launchServer({ executablePath: path, args: CHROMIUM_ARGS, headless: true });
}
