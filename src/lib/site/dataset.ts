/**
 * The site's whole evidence base as a dataset: every figure, event and conflict, one CSV row per
 * figure (and per source line of an event or claim of a conflict), with the seed, line and verbatim
 * quote (byte for byte as the line has it), or a derived figure's inputs and formula. Pure: callers
 * pass the data and `DatasetLinks`, so the files and the test that reads them back share these functions.
 */
import type { Conflict, Event, Figure, SeedRef } from '../provenance/schema';
import { formatDateBases, presentFigure } from '../provenance/format';
import { verbatimQuote } from '../io/verbatim';

/** How the dataset names things it does not hold: a seed line's URL and text, a seed's publisher. */
export interface DatasetLinks {
  lineUrl: (seed: string, line: number) => string;
  /** The line's text, so every quote is written byte for byte as the source has it. */
  lineText: (seed: string, line: number) => string;
  /** Publisher labels by seed id ("ANKASAM"), for who reports a claimed figure. */
  publishers: ReadonlyMap<string, string>;
}

export interface FigureRow {
  id: string;
  kind: 'sourced' | 'derived';
  measures: string;
  value: number;
  bound: string;
  unit: string;
  shown_as: string;
  /** Who asserts a one-party claim, as every page prints it ("as Donald Trump announced (ANKASAM reports)"); empty otherwise. */
  claimed_by: string;
  status: string;
  date: string;
  date_end: string;
  date_precision: string;
  /** How the date was worked out when its lines do not state it; empty otherwise. */
  date_basis: string;
  themes: string;
  seed: string;
  line: number | null;
  quote: string;
  source_url: string;
  date_seed: string;
  date_line: number | null;
  date_quote: string;
  inputs: string;
  formula: string;
  explanation: string;
}

export interface EventRow {
  id: string;
  date: string;
  date_end: string;
  date_precision: string;
  date_basis: string;
  title: string;
  summary: string;
  themes: string;
  seed: string;
  line: number;
  quote: string;
  source_url: string;
}

export interface ConflictRow {
  id: string;
  title: string;
  question: string;
  themes: string;
  seed: string;
  line: number;
  quote: string;
  says: string;
  source_url: string;
  site_reading: string;
}

/** A data quote as the source line writes it. */
const exact = (ref: SeedRef, links: DatasetLinks) => verbatimQuote(ref.quote, links.lineText(ref.seed, ref.line));

/** One row per figure, in id order. Lists (themes, inputs) are space-separated ids; a number the figure lacks is null. */
export function figureRows(figures: readonly Figure[], links: DatasetLinks): FigureRow[] {
  return [...figures]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((f) => {
      const shown = presentFigure(f, links.publishers);
      return {
        id: f.id,
        kind: f.kind,
        measures: f.measures,
        value: f.value,
        bound: f.bound,
        unit: f.unit,
        shown_as: shown.value,
        claimed_by: shown.claim ?? '',
        status: f.status,
        date: f.date.value,
        date_end: f.date.end ?? '',
        date_precision: f.date.precision,
        date_basis: formatDateBases(f.date),
        themes: f.themes.join(' '),
        seed: f.kind === 'sourced' ? f.source.seed : '',
        line: f.kind === 'sourced' ? f.source.line : null,
        quote: f.kind === 'sourced' ? exact(f.source, links) : '',
        source_url: f.kind === 'sourced' ? links.lineUrl(f.source.seed, f.source.line) : '',
        date_seed: f.date.source?.seed ?? '',
        date_line: f.date.source?.line ?? null,
        date_quote: f.date.source ? exact(f.date.source, links) : '',
        inputs: f.kind === 'derived' ? f.inputs.join(' ') : '',
        formula: f.kind === 'derived' ? f.formula : '',
        explanation: f.kind === 'derived' ? f.explanation : '',
      };
    });
}

/** One row per event and source line (an event stated on two lines has two rows), by date then id. */
export function eventRows(events: readonly Event[], links: DatasetLinks): EventRow[] {
  return [...events]
    .sort((a, b) => a.date.value.localeCompare(b.date.value) || a.id.localeCompare(b.id))
    .flatMap((e) =>
      e.sources.map((s) => ({
        id: e.id,
        date: e.date.value,
        date_end: e.date.end ?? '',
        date_precision: e.date.precision,
        date_basis: formatDateBases(e.date),
        title: e.title,
        summary: e.summary ?? '',
        themes: e.themes.join(' '),
        seed: s.seed,
        line: s.line,
        quote: exact(s, links),
        source_url: links.lineUrl(s.seed, s.line),
      })),
    );
}

/** One row per claim of each conflict between sources, in id order. */
export function conflictRows(conflicts: readonly Conflict[], links: DatasetLinks): ConflictRow[] {
  return [...conflicts]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((c) =>
      c.claims.map((claim) => ({
        id: c.id,
        title: c.title,
        question: c.question,
        themes: c.themes.join(' '),
        seed: claim.seed,
        line: claim.line,
        quote: exact(claim, links),
        says: claim.says,
        source_url: links.lineUrl(claim.seed, claim.line),
        site_reading: c.siteReading,
      })),
    );
}

export const DATASET_FILES = {
  figures:
    'Every figure: value, bound, unit, date and precision, the source, line and verbatim quote; for a derived figure its inputs and formula.',
  events: 'Every dated event, one row per source line that states it, with the quote.',
  conflicts: 'Every disagreement between the sources, one row per claim, with the quote and the reading the site uses.',
} as const;
export type DatasetName = keyof typeof DATASET_FILES;
