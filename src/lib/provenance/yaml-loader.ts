/**
 * A content-collection loader for a YAML list file or a folder of them (content/data/figures/*.yaml).
 * Astro's file() loader takes one file; this keeps figures split by theme without a second format.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataFilesFor, readYamlList } from './load';
import { formatError, type VerifyError } from './verify';

export function yamlListLoader(path: string): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ store, parseData, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        const errors: VerifyError[] = [];
        for (const file of dataFilesFor(root, path)) {
          for (const entry of readYamlList(root, file, errors)) {
            const id = (entry as { id?: unknown }).id;
            if (typeof id !== 'string') throw new Error(`${file}: every entry needs a string id, received ${JSON.stringify(entry).slice(0, 120)}`);
            const data = await parseData({ id, data: entry as Record<string, unknown>, filePath: file });
            store.set({ id, data, filePath: file });
          }
        }
        if (errors.length) throw new Error(errors.map(formatError).join('\n'));
      };
      await sync();
      watcher?.add(join(root, path));
      watcher?.on('change', async (changed) => {
        if (changed.startsWith(join(root, path))) {
          logger.info(`reloading ${path}`);
          await sync();
        }
      });
    },
  };
}
