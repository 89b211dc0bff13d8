/**
 * The one provenance verifier. The build (src/integrations/provenance.ts), the remark check
 * (src/lib/remark/provenance-check.ts, for seed lines cited in MDX) and the tests all call it, so
 * "verified" means one thing. The rules themselves are the named checks in checks/.
 *
 * Every error names the data file, the entry id, what was expected versus what was found, and a fix.
 */
import type { Dataset, Seed, VerifyError } from './types';
import { dataFileOf, type Origins } from './lineage';
import type { CheckContext, DatasetCheck } from './checks/check';
import { checkSources } from './checks/sources';
import { checkUniqueIds } from './checks/unique-ids';
import { checkSourcedFigures } from './checks/sourced-figures';
import { checkDerivedFigures } from './checks/derived-figures';
import { checkEvents } from './checks/events';
import { checkConflicts } from './checks/conflicts';
import { checkReferenceEntries } from './checks/reference-entries';
import { checkUnusedLines } from './checks/unused-lines';
import { checkCharts } from './checks/charts';
import { checkLevelStarts } from './checks/level-starts';
import { checkDataProse } from './checks/data-prose';
import { checkClaimants } from './checks/claimants';
import { checkCorrections } from './checks/corrections';

/** The seed-line check the remark layer also uses; it lives with the other checks. */
export { checkSeedRef, isBoilerplate } from './checks/seed-ref';
/** The shared types, for callers that import them with the runner. */
export type { Dataset, Seed, VerifyError } from './types';

export function formatError(error: VerifyError): string {
  return `${error.file} › ${error.id}: ${error.message}`;
}

/** Every dataset check, in the order their errors are reported. Each lives in checks/ with its own test. */
export const DATASET_CHECKS: readonly DatasetCheck[] = [
  checkSources,
  checkUniqueIds,
  checkSourcedFigures,
  checkDerivedFigures,
  checkEvents,
  checkConflicts,
  checkReferenceEntries,
  checkUnusedLines,
  checkCharts,
  checkLevelStarts,
  checkDataProse,
  checkClaimants,
  checkCorrections,
];

/**
 * Run every check over a dataset. An empty array means everything is proven. `origins` (from the
 * loader) lets each error name the exact data file that holds the entry.
 */
export function verifyDataset(data: Dataset, seeds: Map<string, Seed>, origins: Origins = new Map()): VerifyError[] {
  const context = checkContext(data, seeds, origins);
  return DATASET_CHECKS.flatMap((check) => check(context));
}

/** What a check runs on; tests call one check with it. */
export function checkContext(data: Dataset, seeds: Map<string, Seed>, origins: Origins = new Map()): CheckContext {
  return { data, seeds, fileOf: (collection, id) => dataFileOf(origins, collection, id) };
}
