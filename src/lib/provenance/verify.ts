/**
 * The one provenance verifier. The build (src/integrations/provenance.ts), the remark check
 * (src/lib/remark/provenance-check.ts, for seed lines cited in MDX) and the tests all call it, so
 * "verified" means one thing. The rules themselves are the named checks in checks/.
 *
 * Every error names the data file, the entry id, what was expected versus what was found, and a fix.
 */
import { createHash } from 'node:crypto';
import type { Chart, Conflict, Correction, Event, Figure, GlossaryEntry, Person, Source, UnusedLine } from './schema';
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
import { checkCorrections } from './checks/corrections';

/** The seed-line check the remark layer also uses; it lives with the other checks. */
export { checkSeedRef, isBoilerplate } from './checks/seed-ref';

export interface VerifyError {
  /** Data file (or MDX file) the problem is in, relative to the project root. */
  file: string;
  /** Entry id, or a `seed:line` reference for MDX. */
  id: string;
  message: string;
}

export function formatError(error: VerifyError): string {
  return `${error.file} › ${error.id}: ${error.message}`;
}

/** A seed as read from disk: its bytes' hash and its lines (`lines[n - 1]` is line n). */
export interface Seed {
  source: Source;
  text: string;
  lines: string[];
  sha256: string;
}

export interface Dataset {
  sources: Source[];
  figures: Figure[];
  events: Event[];
  conflicts: Conflict[];
  unused: UnusedLine[];
  glossary: GlossaryEntry[];
  people: Person[];
  /** Optional so datasets built by hand (tests) need not list charts; loadDataset always fills it. */
  charts?: Chart[];
  /** Optional like charts; loadDataset always fills it. */
  corrections?: Correction[];
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Build seed records from raw file contents keyed by file name. Missing files are simply absent. */
export function readSeeds(sources: Source[], files: Map<string, Uint8Array>): Map<string, Seed> {
  const seeds = new Map<string, Seed>();
  for (const source of sources) {
    const bytes = files.get(source.file);
    if (!bytes) continue;
    const text = new TextDecoder().decode(bytes);
    seeds.set(source.id, { source, text, lines: text.split('\n'), sha256: sha256(bytes) });
  }
  return seeds;
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
