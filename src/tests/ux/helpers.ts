/**
 * Shared by the UX browser tests: an `astro preview` server of a built site on a port of our own,
 * and Chromium driven by playwright-core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startPreview as startSharedPreview } from '../../scripts/lib/preview-server.ts';

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

/** A preview of the main build, or of another build (`outDir`) made for a sub-path (`basePath`). */
export async function startPreview(options: { outDir?: string; basePath?: string } = {}): Promise<Preview> {
  const base = options.basePath ? `/${options.basePath.replace(/^\/|\/$/g, '')}/` : '/';
  const server = await startSharedPreview(ROOT, base, {
    ...(options.outDir ? { outDir: options.outDir } : {}),
    env: childEnv({ BASE_PATH: options.basePath ?? '' }),
  });
  return { url: `${server.origin}${base}`, origin: server.origin, stop: server.stop };
}

/** Site-relative paths of every page in the built sitemap, plus pages kept out of it. */
export function builtPagePaths(outDir = DIST): string[] {
  const xml = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths, '/search/', '/this-page-does-not-exist/'];
}

/** The text of the section a search-result link lands on: from the heading to the next h1/h2. */
export function sectionTextAfterHeading(page: Page, headingId: string): Promise<string> {
  return page.evaluate((id) => {
    const h = document.getElementById(id);
    let text = '';
    for (let el = h?.nextElementSibling; el && !/^H[12]$/.test(el.tagName); el = el.nextElementSibling) text += el.textContent;
    return text;
  }, headingId);
}
