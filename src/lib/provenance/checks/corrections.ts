/**
 * Corrections (content/data/corrections.yaml): each one's seed lines hold its quoted words, and
 * ids are unique (they are the anchors on /corrections/ and the Atom entry ids). What the new
 * wording says about quantities is checked with the other data prose (data-prose.ts).
 */
import { reporter, type CheckContext, type DatasetCheck } from './check';
import { checkSeedRef } from './seed-ref';

export const checkCorrections: DatasetCheck = (context: CheckContext) => {
  const { errors, report } = reporter(context, 'corrections');
  const seen = new Set<string>();
  for (const correction of context.data.corrections ?? []) {
    if (seen.has(correction.id)) {
      report(correction.id, [
        `id "${correction.id}" is used twice; ids must be unique (they are permanent anchors and feed ids). Rename the newer one`,
      ]);
    }
    seen.add(correction.id);
    for (const ref of correction.refs) report(correction.id, checkSeedRef(ref, context.seeds));
  }
  return errors;
};
