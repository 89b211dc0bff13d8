/**
 * The site's whole evidence base as a dataset: every figure, event and conflict, one CSV row per
 * figure (and per source line of an event or claim of a conflict), with the seed, line and verbatim
 * quote, or a derived figure's inputs and formula. Pure: callers pass the data and the URL of a
 * seed line, so the files and the test that reads them back share these functions.
 */
import type { Conflict, Event, Figure } from '../provenance/schema';
import { formatFigure } from '../provenance/format';

export type LineUrl = (seed: string, line: number) => string;

export interface FigureRow {
  id: string;
  kind: 'sourced' | 'derived';
  measures: string;
  value: number;
  bound: string;
  unit: string;
  shown_as: string;
  status: string;
  date: string;
  date_precision: string;
  date_end: string;
  themes: string;
  seed: string;
  line: number | '';
  quote: string;
  source_url: string;
  date_seed: string;
  date_line: number | '';
  date_quote: string;
  inputs: string;
  formula: string;
  explanation: string;
}

export interface EventRow {
  id: string;
  date: string;
  date_precision: string;
  date_end: string;
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

/** One row per figure, in id order. Lists (themes, inputs) are space-separated ids. */
export function figureRows(figures: readonly Figure[], lineUrl: LineUrl): FigureRow[] {
  return [...figures]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((f) => ({
      id: f.id,
      kind: f.kind,
      measures: f.measures,
      value: f.value,
      bound: f.bound,
      unit: f.unit,
      shown_as: formatFigure(f),
      status: f.status,
      date: f.date.value,
      date_precision: f.date.precision,
      date_end: f.date.end ?? '',
      themes: f.themes.join(' '),
      seed: f.kind === 'sourced' ? f.source.seed : '',
      line: f.kind === 'sourced' ? f.source.line : '',
      quote: f.kind === 'sourced' ? f.source.quote : '',
      source_url: f.kind === 'sourced' ? lineUrl(f.source.seed, f.source.line) : '',
      date_seed: f.date.source?.seed ?? '',
      date_line: f.date.source?.line ?? '',
      date_quote: f.date.source?.quote ?? '',
      inputs: f.kind === 'derived' ? f.inputs.join(' ') : '',
      formula: f.kind === 'derived' ? f.formula : '',
      explanation: f.kind === 'derived' ? f.explanation : '',
    }));
}

/** One row per event and source line (an event stated on two lines has two rows), by date then id. */
export function eventRows(events: readonly Event[], lineUrl: LineUrl): EventRow[] {
  return [...events]
    .sort((a, b) => a.date.value.localeCompare(b.date.value) || a.id.localeCompare(b.id))
    .flatMap((e) =>
      e.sources.map((s) => ({
        id: e.id,
        date: e.date.value,
        date_precision: e.date.precision,
        date_end: e.date.end ?? '',
        title: e.title,
        summary: e.summary ?? '',
        themes: e.themes.join(' '),
        seed: s.seed,
        line: s.line,
        quote: s.quote,
        source_url: lineUrl(s.seed, s.line),
      })),
    );
}

/** One row per claim of each conflict between sources, in id order. */
export function conflictRows(conflicts: readonly Conflict[], lineUrl: LineUrl): ConflictRow[] {
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
        quote: claim.quote,
        says: claim.says,
        source_url: lineUrl(claim.seed, claim.line),
        site_reading: c.siteReading,
      })),
    );
}

export const DATASET_FILES = {
  figures: 'Every figure: value, bound, unit, date and precision, the seed, line and verbatim quote; for a derived figure its inputs and formula.',
  events: 'Every dated event, one row per source line that states it, with the quote.',
  conflicts: 'Every disagreement between the sources, one row per claim, with the quote and the reading the site uses.',
} as const;
export type DatasetName = keyof typeof DATASET_FILES;
