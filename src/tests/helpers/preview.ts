/**
 * An `astro preview` server of another build (e.g. the sub-path build in ../build/subpath.test.ts)
 * on a port of our own. The browser tests share one preview of dist/ (../browser/global-setup.ts).
 */
import { join } from 'node:path';
import { startPreview as startSharedPreview } from '../../scripts/lib/preview-server.ts';
import { childEnv } from './child-env';

export const ROOT = join(import.meta.dirname, '../../..');
export const DIST = join(ROOT, 'dist');

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
