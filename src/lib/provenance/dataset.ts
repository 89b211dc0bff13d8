/**
 * The types every part of the provenance core shares: the loaded data, a seed as read from disk,
 * what a check receives and what it reports. They live apart from the runner (verify.ts) and the
 * loader (load.ts), so a check imports these and never the code that runs it.
 */
import type { Chart, Conflict, Correction, Event, Figure, GlossaryEntry, Person, Source, UnusedLine } from './schema';
import type { DataCollection } from './data-files';

export interface VerifyError {
  /** Data file (or MDX file) the problem is in, relative to the project root. */
  file: string;
  /** Entry id, or a `seed:line` reference for MDX. */
  id: string;
  message: string;
  /** Which rule found it: the dev overlay picks its hint by this code, never by the message's words. */
  code: FindingCode;
}

/** One problem a rule found, before the runner adds the file and entry: its code and its message. */
export interface Finding {
  code: FindingCode;
  message: string;
}

/**
 * The kinds of problem the checks report. Each names one rule; the dev overlay's hint for a
 * problem is looked up by its code (src/integrations/provenance.ts HINTS).
 */
export const FINDING_CODES = [
  'seed-changed',
  'seed-missing',
  'unknown-seed',
  'line-past-end',
  'boilerplate',
  'quote-not-found',
  'source-metadata',
  'duplicate-id',
  'value-not-in-quote',
  'bound-not-in-quote',
  'unhedged-exact',
  'date-not-in-words',
  'derived-recompute',
  'derived-inputs',
  'conflict-one-source',
  'unused-lines',
  'chart',
  'level-start',
  'data-prose-quantity',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export function finding(code: FindingCode, message: string): Finding {
  return { code, message };
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

/** What a check runs on. */
export interface CheckContext {
  data: Dataset;
  seeds: Map<string, Seed>;
  /** The data file that holds an entry: "content/data/figures/trade.yaml". */
  fileOf: (collection: DataCollection, id: string) => string;
}

export type DatasetCheck = (context: CheckContext) => VerifyError[];
