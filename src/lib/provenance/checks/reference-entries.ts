/**
 * Glossary terms and people: every seed line their words rest on holds the quoted words. (Their
 * text is shown to readers: data-prose.ts checks the quantities in it.)
 */
import type { SeedRef } from '../schema';
import type { DataCollection } from '../data-files';
import { reporter, type CheckContext, type DatasetCheck } from './check';
import { seedRefFindings } from './seed-ref';

function checkEntries(context: CheckContext, collection: DataCollection, entries: { id: string; refs: SeedRef[] }[]) {
  const { errors, report } = reporter(context, collection);
  for (const entry of entries) {
    for (const ref of entry.refs) report(entry.id, seedRefFindings(ref, context.seeds));
  }
  return errors;
}

export const checkReferenceEntries: DatasetCheck = (context) => [
  ...checkEntries(context, 'glossary', context.data.glossary),
  ...checkEntries(context, 'people', context.data.people),
];
