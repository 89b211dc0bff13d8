/** Ids are unique within each collection: they are anchors, MDX references and permalinks. */
import type { DataCollection } from '../data-files';
import { reporter, type CheckContext, type DatasetCheck } from './check';

const COLLECTIONS = ['figures', 'events', 'conflicts', 'glossary', 'people'] as const satisfies DataCollection[];

export const checkUniqueIds: DatasetCheck = (context: CheckContext) =>
  COLLECTIONS.flatMap((collection) => {
    const { errors, report } = reporter(context, collection);
    const seen = new Set<string>();
    for (const { id } of context.data[collection]) {
      if (seen.has(id))
        report(id, [
          `id "${id}" is used twice; ids must be unique. Rename one of them (and its uses in content/pages/)`,
        ]);
      seen.add(id);
    }
    return errors;
  });
