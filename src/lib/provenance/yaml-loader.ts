/**
 * A content-collection loader for a YAML list file or a folder of them (content/data/figures/*.yaml).
 * It does not read the YAML itself: it stores the entries the project loader (load.ts) has already
 * read and validated, so the content collections and the verifier see one load of the same data,
 * each entry with the data file it came from.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearProjectCache, projectFor } from './load';
import { DATA_FILES, type DataCollection } from './data-files';
import { dataFileOf } from './lineage';
import { formatError } from './verify';

export function yamlListLoader(collection: DataCollection): Loader {
  const path = DATA_FILES[collection];
  return {
    name: 'yaml-list-loader',
    load: async ({ store, parseData, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        const project = projectFor(root);
        // Schema and YAML errors in this collection's files stop the sync with the file named.
        const errors = project.errors.filter((error) => error.file.startsWith(path));
        if (errors.length) throw new Error(errors.map(formatError).join('\n'));
        for (const entry of project.data[collection] ?? []) {
          const filePath = dataFileOf(project.origins, collection, entry.id);
          const data = await parseData({ id: entry.id, data: entry as unknown as Record<string, unknown>, filePath });
          store.set({ id: entry.id, data, filePath });
        }
      };
      await sync();
      watcher?.add(join(root, path));
      watcher?.on('change', async (changed) => {
        if (changed.startsWith(join(root, path))) {
          logger.info(`reloading ${path}`);
          clearProjectCache();
          await sync();
        }
      });
    },
  };
}
