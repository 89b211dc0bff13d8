/**
 * The provenance core's shared types: the loaded dataset, a seed as read from disk, and what a
 * check reports. Every check, the runner (verify.ts) and the loader (load.ts) import them from
 * here, so no check imports the runner that runs it.
 */
import type { Chart, Conflict, Correction, Event, Figure, GlossaryEntry, Person, Source, UnusedLine } from './schema';

/**
 * The kind of a problem, for choosing a hint (src/integrations/provenance.ts) without reading the
 * message text. A problem with no code gets the general hint.
 */
export type ErrorCode =
  | 'seed-changed'
  | 'quote-not-found'
  | 'boilerplate'
  | 'bound'
  | 'value-not-in-quote'
  | 'derived-recompute'
  | 'date'
  | 'claimant';

export interface VerifyError {
  /** Data file (or MDX file) the problem is in, relative to the project root. */
  file: string;
  /** Entry id, or a `seed:line` reference for MDX. */
  id: string;
  /** What was expected, what was found, and the fix, in one sentence or three. */
  message: string;
  code?: ErrorCode;
  /** The `seed:line` the problem is about, when there is one (the quote hint names it). */
  at?: string;
  /** The parts of the message, for checks that report them apart (the message holds them all). */
  expected?: string;
  found?: string;
  fix?: string;
}

/** A problem before the caller knows the file and entry: what `reporter` files under them. */
export interface Finding {
  message: string;
  code?: ErrorCode;
  at?: string;
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
