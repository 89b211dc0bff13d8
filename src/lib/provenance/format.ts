/**
 * How figures and dates are written for readers. `presentFigure` is the one presentation of a
 * figure (value, claimant, date and what its marks point at): prose, home cards, tables, charts,
 * the Markdown twin and the downloads all call it, so the same figure cannot read differently in
 * two places.
 */
import type { Bound, ClaimedBy, Event, Figure, Precision, SourcedDate, Unit, Source } from './schema';
import { MONTHS } from './text';
import { dateBases, figureCitations, type CitedLine } from './lineage';
import { formulaInWords } from './formula';
import type { DateBasis } from './citations';

const BOUND_PREFIX: Record<Bound, string> = {
  exact: '',
  about: 'about ',
  over: 'over ',
  nearly: 'nearly ',
  'less-than': 'less than ',
  'up-to': 'up to ',
};

function plainNumber(value: number, digits?: number): string {
  const fixed = digits === undefined ? String(value) : value.toFixed(digits);
  const [whole, fraction] = fixed.split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function ordinal(value: number): string {
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return `${value}th`;
  return `${value}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th'}`;
}

/** The number with its unit, without the bound: "25%", "$66 billion", "2 million barrels a day". */
export function formatValue(value: number, unit: Unit, digits?: number): string {
  const n = plainNumber(value, digits);
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'usd-billion':
      return `$${n} billion`;
    case 'million-barrels-per-day':
      return `${n} million barrels a day`;
    case 'times':
      return `${n} times`;
    case 'hours':
      return `${n} hours`;
    case 'days':
      return `${n} days`;
    case 'ordinal':
      return ordinal(value);
    case 'year':
      return String(value);
    case 'count':
      return n;
  }
}

/** A figure as a reader sees it, with the source's hedge: "nearly 2 million barrels a day". */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'bound' | 'digits'>): string {
  return `${BOUND_PREFIX[figure.bound]}${formatValue(figure.value, figure.unit, figure.digits)}`;
}

/**
 * Who asserts a one-party claim and who reports it: "as Donald Trump announced (ANKASAM reports)".
 * `reporters` are the publishers of the item's own seed lines (short labels, e.g. "ANKASAM").
 */
export function formatClaim(claim: ClaimedBy, reporters: readonly string[]): string {
  // A claimant that reports its own claim is named once: "as ANKASAM wrote", not "(ANKASAM reports)".
  const unique = [...new Set(reporters)].filter((reporter) => reporter !== claim.who);
  if (unique.length === 0) return `as ${claim.who} ${claim.verb}`;
  const names = unique.length === 1 ? unique[0] : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
  return `as ${claim.who} ${claim.verb} (${names} ${unique.length === 1 ? 'reports' : 'report'})`;
}

/** Short human label for a source: "Hindustan Times", not "Hindustan Times (as republished on an aggregator page)". */
export function sourceLabel(source: Pick<Source, 'publisher'>): string {
  return source.publisher.replace(/\s*\(.*\)$/, '');
}

/**
 * A source's title as a reader or a citation may give it: its headline where the file marks one;
 * where it does not (`headlineBasis`), a description in brackets, as APA asks for untitled works,
 * so the file's first line is never passed off as a headline.
 */
export function sourceTitle(source: Pick<Source, 'headline' | 'headlineBasis'>): { text: string; stated: boolean } {
  return source.headlineBasis
    ? { text: '[Untitled report; the file marks no headline]', stated: false }
    : { text: source.headline, stated: true };
}

/**
 * Who asserts an event known only as one party's claim, reported by the publishers of its own
 * seeds: "as Donald Trump announced (ANKASAM reports)"; undefined for an event stated as fact.
 * The timeline and the home page's strip both print it after the title.
 */
export function formatEventClaim(
  event: Pick<Event, 'claimedBy' | 'sources'>,
  publishers: ReadonlyMap<string, string>,
): string | undefined {
  return event.claimedBy
    ? formatClaim(
        event.claimedBy,
        event.sources.map((ref) => publishers.get(ref.seed) ?? ref.seed),
      )
    : undefined;
}

/** A short unit label for axes and table headers. */
export const UNIT_LABEL: Record<Unit, string> = {
  percent: 'per cent',
  'usd-billion': 'US$ billion',
  'million-barrels-per-day': 'million barrels a day',
  count: 'number',
  times: 'times',
  hours: 'hours',
  year: 'year',
  ordinal: 'ordinal',
  days: 'days',
};

function formatPoint(value: string, precision: Exclude<Precision, 'range'>): string {
  const [y, m, d] = value.split('-').map(Number);
  if (precision === 'year' || !m) return String(y);
  const month = MONTHS[m - 1];
  if (precision === 'month' || !d) return `${month} ${y}`;
  return `${d} ${month} ${y}`;
}

function precisionOf(value: string): Exclude<Precision, 'range'> {
  return (['year', 'month', 'day'] as const)[value.split('-').length - 1] ?? 'year';
}

/**
 * A range's start as printed before its end: without the words the end repeats, as long as it keeps
 * one of its own. "11 May 2025" before "August 2025" gives "11 May"; "1 August 2025" before
 * "31 August 2025" gives "1"; "2024" before "2025" stays "2024".
 */
export function withoutSharedTail(start: string, end: string): string {
  const a = start.split(' ');
  const b = end.split(' ');
  let n = 0;
  while (n < a.length - 1 && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(0, a.length - n).join(' ');
}

/** A date no more precise than the source: "August 2025", never "1 August 2025" unless a day is stated. */
export function formatDate(date: Pick<SourcedDate, 'value' | 'precision' | 'end'>): string {
  if (date.precision === 'range' && date.end) {
    const start = formatPoint(date.value, precisionOf(date.value));
    const end = formatPoint(date.end, precisionOf(date.end));
    // "31 August–1 September 2025", "1–31 August 2025".
    return `${withoutSharedTail(start, end)}–${end}`;
  }
  return formatPoint(date.value, date.precision === 'range' ? precisionOf(date.value) : date.precision);
}

/**
 * How a shown date was worked out, as a line's note says it: "22 April 2025: year from context.
 * Al Jazeera's 2025 report gives the day and month without the year." The date leads so a note
 * shared by several claims says which date it explains.
 */
export function formatDateBasis(basis: DateBasis): string {
  const said = basis.kind === 'inferred' ? 'inferred' : 'year from context';
  const how = /[.!?]$/.test(basis.how) ? basis.how : `${basis.how}.`;
  return `${formatDate(basis.date)}: ${said}. ${how}`;
}

/**
 * How a date was worked out when its lines do not state it, for tables and downloads: "inferred: …;
 * year from context: …" (empty when the lines state it). The bases are lineage.ts's answer.
 */
export function formatDateBases(date: SourcedDate): string {
  return dateBases(date)
    .map((b) => `${b.kind === 'inferred' ? 'inferred' : 'year from context'}: ${b.how}`)
    .join('; ');
}

/** A word for the precision, for tables and tooltips: "to the month". */
export const PRECISION_LABEL: Record<Precision, string> = {
  day: 'to the day',
  month: 'to the month',
  year: 'to the year',
  range: 'a span of dates',
};

/** A figure as a reader sees it, in every medium (prose, cards, tables, charts, twin, downloads). */
export interface FigurePresentation {
  /** The value with the source's hedge: "nearly 2 million barrels a day". */
  value: string;
  /** Who asserts a one-party claim: "as Donald Trump announced (ANKASAM reports)"; undefined otherwise. */
  claim?: string;
  /** The value followed by its claim, as prose and tables print it: "18%, as Donald Trump announced (ANKASAM reports)". */
  text: string;
  /** The date, no more precise than the source: "August 2025". */
  date: string;
  /** What the value's mark points at (the figure's own line, or a derived figure's workings). */
  valueLines: CitedLine[];
  /** What the date's mark points at (the line that states the date, else the value's). */
  dateLines: CitedLine[];
}

/**
 * The one presentation of a figure. `publishers` names each seed's publisher ("ANKASAM"), the
 * reporters of a claimed figure. Every place a figure is shown calls this, so the value, bound,
 * claimant, date and citations cannot drift apart.
 */
export function presentFigure(figure: Figure, publishers: ReadonlyMap<string, string>): FigurePresentation {
  const value = formatFigure(figure);
  const reporters = figure.kind === 'sourced' ? [publishers.get(figure.source.seed) ?? figure.source.seed] : [];
  const claim = figure.claimedBy ? formatClaim(figure.claimedBy, reporters) : undefined;
  return {
    value,
    ...(claim ? { claim } : {}),
    text: claim ? `${value}, ${claim}` : value,
    date: formatDate(figure.date),
    valueLines: figureCitations(figure, 'value'),
    dateLines: figureCitations(figure, 'date'),
  };
}

/** Publisher labels by seed id, as `presentFigure` and `formatEventClaim` want them. */
export function publisherLabels(sources: readonly Pick<Source, 'id' | 'publisher'>[]): Map<string, string> {
  return new Map(sources.map((s) => [s.id, sourceLabel(s)]));
}

/**
 * How a derived figure is computed, in reader words: "the 2024 figure ($66 billion) divided by five".
 * `figureById` looks up the inputs; every place that shows a derived figure's workings calls this.
 */
export function derivationInWords(figure: Figure, figureById: (id: string) => Figure | undefined): string {
  if (figure.kind !== 'derived') return '';
  return formulaInWords(figure.formula, (id) => {
    const input = figureById(id);
    return input ? `the ${formatDate(input.date)} figure (${formatFigure(input)})` : id;
  });
}
