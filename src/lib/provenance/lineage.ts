/**
 * What rests on what: the one answer to "which seed lines does this item rest on" and "which data
 * file holds this item". The verifier, the chart model, citations and seed coverage all ask here,
 * so a derived figure's sources are followed the same way everywhere.
 */
import type { Conflict, Event, Figure, GlossaryEntry, Person, SeedRef, Source, SourcedDate } from './schema';
import { DATA_FILES, type DataCollection } from './data-files';
import { seedKey, type CitationKey, type DateBasis } from './citations';

/** A seed line without the words: what coverage and citations need. */
export interface SeedLine {
  seed: string;
  line: number;
}

/**
 * Every seed line a figure rests on, in the order a reader should see them: a sourced figure's own
 * line, or a derived figure's inputs' lines (followed through derived inputs), then the line that
 * states its date. Unknown inputs and cycles contribute nothing (the verifier reports both).
 */
export function figureSeedRefs(
  figure: Figure,
  figures: ReadonlyMap<string, Figure>,
  seen = new Set<string>(),
): SeedRef[] {
  if (seen.has(figure.id)) return [];
  seen.add(figure.id);
  const own =
    figure.kind === 'sourced'
      ? [figure.source]
      : figure.inputs.flatMap((id) => {
          const input = figures.get(id);
          return input ? figureSeedRefs(input, figures, seen) : [];
        });
  return figure.date.source ? [...own, figure.date.source] : own;
}

/** What one citation mark points at, with the words relied on when the data quotes them. */
export interface CitedLine {
  key: CitationKey;
  quote?: string;
  /** How the date shown with this mark was worked out, when its line does not state it. */
  dating?: DateBasis[];
}

/** The bases of a date whose cited lines do not state it (empty when they do): inference first, then the year's. */
export function dateBases(date: SourcedDate): DateBasis[] {
  const shown = { value: date.value, precision: date.precision, ...(date.end ? { end: date.end } : {}) };
  const bases: DateBasis[] = [];
  if (date.inference) bases.push({ date: shown, kind: 'inferred', how: date.inference });
  if (date.yearFrom) bases.push({ date: shown, kind: 'year-from-context', how: date.yearFrom });
  return bases;
}

function citedLinesOf(refs: readonly SeedRef[]): CitedLine[] {
  const byKey = new Map<CitationKey, CitedLine>();
  for (const ref of refs) {
    const key = seedKey(ref.seed, ref.line);
    if (!byKey.has(key)) byKey.set(key, { key, quote: ref.quote });
  }
  return [...byKey.values()];
}

/** The lines with the date's bases on the first of them: one note per date, not one per line. */
function withDating(lines: CitedLine[], date: SourcedDate | undefined): CitedLine[] {
  const dating = date ? dateBases(date) : [];
  if (!dating.length || !lines.length) return lines;
  return [{ ...lines[0]!, dating }, ...lines.slice(1)];
}

/**
 * What a mark after a figure points at, wherever the figure is shown (prose, home card, chart,
 * twin): for its value, a sourced figure's own line or a derived figure's workings (which list
 * the inputs); for its date, the line that states the date (the value's line when none does),
 * carrying how the date was worked out when that line does not state it (`dating`).
 */
export function figureCitations(figure: Figure, part: 'value' | 'date'): CitedLine[] {
  if (part === 'date') return withDating(figureValueCitations(figure, true), figure.date);
  return figureValueCitations(figure, false);
}

function figureValueCitations(figure: Figure, forDate: boolean): CitedLine[] {
  if (forDate && figure.date.source) return citedLinesOf([figure.date.source]);
  if (figure.kind === 'derived') return [{ key: `figure:${figure.id}` }];
  return citedLinesOf([figure.source]);
}

/**
 * What a mark after an event (and its date) points at: each line that states it, once, the first
 * carrying how the date was worked out when the lines do not state it.
 */
export function eventCitations(event: Pick<Event, 'sources'> & Partial<Pick<Event, 'date'>>): CitedLine[] {
  return withDating(citedLinesOf(event.sources), event.date);
}

/**
 * The seed lines behind one citation key, for coverage and "who cites this line": a seed line is
 * itself; a derived figure's workings rest on everything `figureSeedRefs` follows.
 */
export function linesBehind(key: CitationKey, figures: ReadonlyMap<string, Figure>): SeedLine[] {
  if (!key.startsWith('figure:')) {
    const [seed, line] = key.split(':');
    return [{ seed: seed!, line: Number(line) }];
  }
  const figure = figures.get(key.slice('figure:'.length));
  return figure ? figureSeedRefs(figure, figures).map(({ seed, line }) => ({ seed, line })) : [];
}

/** The seed lines an event rests on: the lines it cites, then the line that states its date. */
export function eventSeedRefs(event: Event): SeedRef[] {
  return event.date.source ? [...event.sources, event.date.source] : event.sources;
}

export function conflictSeedRefs(conflict: Conflict): SeedRef[] {
  return conflict.claims;
}

export function glossarySeedRefs(entry: GlossaryEntry | Person): SeedRef[] {
  return entry.refs;
}

/** The lines a source record's own metadata points at: headline, byline and publication date. */
export function sourceMetadataLines(source: Source): SeedLine[] {
  const lines: SeedLine[] = [];
  if (source.headlineLine) lines.push({ seed: source.id, line: source.headlineLine });
  if (source.authorLine) lines.push({ seed: source.id, line: source.authorLine });
  if ('line' in source.published) lines.push({ seed: source.id, line: source.published.line });
  else for (const evidence of source.published.impliedBy) lines.push({ seed: source.id, line: evidence.line });
  return lines;
}

/** Every seed line that some data entry rests on (figures, events, conflicts, glossary, people, sources). */
export function dataSeedLines(data: {
  figures: Figure[];
  events: Event[];
  conflicts: Conflict[];
  glossary: GlossaryEntry[];
  people: Person[];
  sources: Source[];
}): SeedLine[] {
  const byId = new Map(data.figures.map((f) => [f.id, f]));
  return [
    ...data.figures.flatMap((figure) => figureSeedRefs(figure, byId)),
    ...data.events.flatMap(eventSeedRefs),
    ...data.conflicts.flatMap(conflictSeedRefs),
    ...data.glossary.flatMap(glossarySeedRefs),
    ...data.people.flatMap(glossarySeedRefs),
    ...data.sources.flatMap(sourceMetadataLines),
  ].map(({ seed, line }) => ({ seed, line }));
}

/** Where each loaded entry came from, keyed "collection/id" (filled by the loader). */
export type Origins = ReadonlyMap<string, string>;

export function originKey(collection: DataCollection, id: string): string {
  return `${collection}/${id}`;
}

/**
 * The data file that holds an entry: "content/data/figures/trade.yaml". Falls back to the
 * collection's path (the folder or file) when the entry was not loaded from disk, as in tests
 * that build a dataset by hand.
 */
export function dataFileOf(origins: Origins, collection: DataCollection, id: string): string {
  return origins.get(originKey(collection, id)) ?? DATA_FILES[collection];
}
