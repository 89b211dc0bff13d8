/**
 * Debian's Chromium, the one browser every check uses (Playwright's own download does not work
 * on our machines). CHROME_PATH overrides the location.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for a quiet, headless, offline-friendly Chromium in a container. */
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

/** Why the browser checks cannot run, or undefined when Chromium is installed. */
export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return `Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get update && apt-get install -y chromium\` (Debian/Ubuntu), or set CHROME_PATH to a Chromium binary.`;
}
