/** A conflict's claims hold their quotes and come from at least two different seeds. */
import { reporter, type DatasetCheck } from './check';
import { seedRefFindings } from './seed-ref';

export const checkConflicts: DatasetCheck = (context) => {
  const { errors, report } = reporter(context, 'conflicts');
  for (const conflict of context.data.conflicts) {
    for (const claim of conflict.claims) report(conflict.id, seedRefFindings(claim, context.seeds));
    if (new Set(conflict.claims.map((c) => c.seed)).size < 2) {
      report(conflict.id, [
        'a conflict needs claims from at least two different seeds; add the other source’s claim or make this a figure or event',
      ]);
    }
  }
  return errors;
};
