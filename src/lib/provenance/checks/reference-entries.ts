/**
 * Glossary terms and people: every seed line their words rest on holds the quoted words, and
 * their text is shown to readers, so any number in it must occur in one of their quotes.
 */
import type { SeedRef } from '../schema';
import type { DataCollection } from '../data-files';
import { reporter, type CheckContext, type DatasetCheck } from './check';
import { checkNumbersQuoted } from './numbers-quoted';
import { checkSeedRef } from './seed-ref';

function checkEntries(context: CheckContext, collection: DataCollection, entries: { id: string; refs: SeedRef[]; shown: string }[]) {
  const { errors, report } = reporter(context, collection);
  for (const entry of entries) {
    for (const ref of entry.refs) report(entry.id, checkSeedRef(ref, context.seeds));
    report(entry.id, checkNumbersQuoted(entry.shown, entry.refs.map((r) => r.quote)));
  }
  return errors;
}

export const checkReferenceEntries: DatasetCheck = (context) => [
  ...checkEntries(context, 'glossary', context.data.glossary.map((g) => ({ ...g, shown: g.definition }))),
  ...checkEntries(context, 'people', context.data.people.map((p) => ({ ...p, shown: p.role }))),
];
