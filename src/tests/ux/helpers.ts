/**
 * Shared by the UX browser tests: an `astro preview` server of a built site on a port of our own,
 * and Chromium driven by playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '../../..');
export const DIST = join(ROOT, 'dist');

/**
 * The environment for child astro processes: vitest's own variables (NODE_ENV=test, BASE_URL,
 * MODE, VITEST…) would leak into Vite inside them and change the build, so they are removed.
 */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VITEST|VITE_|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export interface Preview {
  /** e.g. http://127.0.0.1:4391/ or http://127.0.0.1:4392/explainer/ */
  url: string;
  origin: string;
  stop(): Promise<void>;
}

export async function startPreview(options: { port: number; outDir?: string; basePath?: string }): Promise<Preview> {
  const outDir = options.outDir ?? DIST;
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`No build in ${outDir}: run \`npm run build\` before the UX tests`);
  }
  // --ignore-lock: other suites (or a developer) may have their own preview server running.
  const args = ['preview', '--ignore-lock', '--port', String(options.port), '--host', '127.0.0.1'];
  if (options.outDir) args.push('--outDir', options.outDir);
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/astro'), args, {
    cwd: ROOT,
    env: childEnv({ BASE_PATH: options.basePath ?? '' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const origin = `http://127.0.0.1:${options.port}`;
  const base = options.basePath ? `/${options.basePath.replace(/^\/|\/$/g, '')}/` : '/';
  const url = `${origin}${base}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${log}`);
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`astro preview did not answer at ${url}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Site-relative paths of every page in the built sitemap, plus pages kept out of it. */
export function builtPagePaths(outDir = DIST): string[] {
  const xml = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths, '/search/', '/this-page-does-not-exist/'];
}
