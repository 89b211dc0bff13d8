/**
 * Scripts run under plain Node, but the site's TypeScript uses extension-less imports (fine for
 * Vite, not for Node). Every script loads site code through Vite's module runner, as the build
 * does, with this one function.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Import a module of the site by its path from the repository root, e.g. "src/lib/provenance/load.ts". */
export async function importSiteModule<T>(pathFromRoot: string): Promise<T> {
  const { module } = await runnerImport<T>(join(ROOT, pathFromRoot), {
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
  });
  return module;
}
