/**
 * The one provenance verifier: a registry of the named checks in checks/ and the runner over them.
 * The build and the dev server (src/integrations/provenance.ts, through load.ts) and the tests all
 * call it, so "verified" means one thing; the MDX check uses the same seed-line rule
 * (checks/seed-ref.ts). Shared types live in dataset.ts, so no check imports this runner.
 *
 * Every error names the data file, the entry id, what was expected versus what was found, and a fix.
 */
import { dataFileOf, type Origins } from './lineage';
import type { CheckContext, Dataset, DatasetCheck, Seed, VerifyError } from './dataset';
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
import { checkCorrections } from './checks/corrections';

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
