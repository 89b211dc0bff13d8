/**
 * From chart data to a chart model: each mark resolved against the verified figures, events and
 * sources, with every string a reader will see (value, date, source) formatted by the site's one
 * formatter. Pure: no DOM, no Astro, no file system — geometry, tables, downloads and tests all
 * start from this model, so the chart, its table and its CSV cannot disagree.
 */
import type { Chart, Event, Figure, SeedRef, Source, SourcedDate, Unit, Bound, Precision } from '../provenance/schema';
import type { MarkRole } from '../provenance/chart-roles';
import { isFigureMark } from '../provenance/schema';
import {
  derivationInWords,
  formatClaim,
  formatDate,
  formatDateBases,
  PRECISION_LABEL,
  presentFigure,
  publisherLabels,
  UNIT_LABEL,
} from '../provenance/format';
import { figureSeedRefs } from '../provenance/lineage';

/** A date as a span of time: a month is the whole month, a year the whole year. */
export interface Span {
  start: Date;
  /** Exclusive end. */
  end: Date;
  precision: Precision;
  /** How the date reads: "August 2025", never "1 August 2025" unless the source gives the day. */
  text: string;
  /** The date as written in the data: "2025-08". */
  iso: string;
}

export interface SourceLink {
  seed: string;
  line: number;
  quote: string;
  /** "Al Jazeera, line 47". */
  label: string;
  href: string;
  /** What the line supports: the mark's value, or its date (the line that dates it, or the event it is drawn from). */
  supports?: 'value' | 'date';
}

export interface ResolvedMark {
  /** Stable id within the chart: the figure id, or the note id. */
  key: string;
  kind: 'figure' | 'note';
  role: MarkRole;
  series?: string;
  label: string;
  value?: number;
  bound?: Bound;
  unit: Unit;
  /** "nearly 2 million barrels a day"; for a note, the source's words for the level, or "no figure given". */
  valueText: string;
  /** For a figure that is one party's claim: "as Donald Trump announced (ANKASAM reports)". Tables and tooltips show it. */
  claimText?: string;
  span?: Span;
  /** The span at which a timeline level starts or ends, when an event sets it. */
  fromSpan?: Span;
  untilSpan?: Span;
  dateText: string;
  /** How precise the date is and, when its lines do not state it, how it was worked out. */
  precisionText: string;
  /** How precise the date is, alone ("to the month"): accessible names and table cells. */
  precision: string;
  /** How the date was worked out when its lines do not state it (for downloads); empty otherwise. */
  dateBasis: string;
  note?: string;
  /** Sources in the order a reader should see them: the figure's own line first. */
  sources: SourceLink[];
  /** For a derived figure: "india-russia-trade-2024 / 5", with the inputs. */
  derivedFrom?: string;
  conflict?: string;
}

export interface ResolvedEvent {
  id: string;
  title: string;
  span: Span;
  sources: SourceLink[];
  /** How the date was worked out when its lines do not state it (the timeline entry says so); empty otherwise. */
  dateBasis: string;
}

export interface ChartModel {
  id: string;
  kind: Chart['kind'];
  title: string;
  description: string;
  unit: Unit;
  unitLabel: string;
  marks: ResolvedMark[];
  events: ResolvedEvent[];
}

export interface ModelInput {
  figures: Figure[];
  events: Event[];
  sources: Source[];
  /** Where a seed line lives on the site (base-path aware in the site, plain in tests). */
  lineHref: (seed: string, line: number) => string;
}

/** A sourced date as the span of time it names (UTC). */
export function spanOf(date: Pick<SourcedDate, 'value' | 'precision' | 'end'>): Span {
  const pointStart = (value: string) => {
    const [y, m, d] = value.split('-').map(Number);
    return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  };
  const pointEnd = (value: string) => {
    const [y, m, d] = value.split('-').map(Number);
    if (d !== undefined) return new Date(Date.UTC(y!, m! - 1, d + 1));
    if (m !== undefined) return new Date(Date.UTC(y!, m, 1));
    return new Date(Date.UTC(y! + 1, 0, 1));
  };
  return {
    start: pointStart(date.value),
    end: pointEnd(date.precision === 'range' && date.end ? date.end : date.value),
    precision: date.precision,
    text: formatDate(date),
    iso: date.precision === 'range' && date.end ? `${date.value}/${date.end}` : date.value,
  };
}

export function buildChartModel(chart: Chart, input: ModelInput): ChartModel {
  const figures = new Map(input.figures.map((f) => [f.id, f]));
  const events = new Map(input.events.map((e) => [e.id, e]));
  const publishers = publisherLabels(input.sources);
  const link = (ref: SeedRef): SourceLink => {
    const publisher = publishers.get(ref.seed);
    if (!publisher) throw new Error(`chart ${chart.id}: seed "${ref.seed}" is not a known source`);
    return { ...ref, label: `${publisher}, line ${ref.line}`, href: input.lineHref(ref.seed, ref.line) };
  };
  const event = (id: string): Event => {
    const found = events.get(id);
    if (!found)
      throw new Error(`chart ${chart.id}: unknown event "${id}"; expected one of ${[...events.keys()].join(', ')}`);
    return found;
  };

  const marks: ResolvedMark[] = chart.marks.map((mark) => {
    if (isFigureMark(mark)) {
      const figure = figures.get(mark.figure);
      if (!figure)
        throw new Error(
          `chart ${chart.id}: unknown figure "${mark.figure}"; expected one of ${[...figures.keys()].join(', ')}`,
        );
      const span = spanOf(figure.date);
      const shown = presentFigure(figure, publishers);
      const fromEvent = mark.from ? event(mark.from) : undefined;
      const untilEvent = mark.until ? event(mark.until) : undefined;
      return {
        key: figure.id,
        kind: 'figure',
        role: mark.role,
        series: mark.series,
        label: mark.label,
        value: figure.value,
        bound: figure.bound,
        unit: figure.unit,
        valueText: shown.value,
        claimText: shown.claim,
        span,
        fromSpan: fromEvent ? spanOf(fromEvent.date) : undefined,
        untilSpan: untilEvent ? spanOf(untilEvent.date) : undefined,
        // A level drawn from an event says so: the figure's own date may be vaguer than the event's.
        dateText: fromEvent ? `${span.text}; drawn from ${spanOf(fromEvent.date).text}` : span.text,
        // An inferred date, or a year from context, says how it was worked out, wherever the mark is described.
        precisionText: precisionWithBasis(fromEvent ? fromEvent.date : figure.date),
        precision: PRECISION_LABEL[(fromEvent ? fromEvent.date : figure.date).precision],
        dateBasis: formatDateBases(fromEvent ? fromEvent.date : figure.date),
        note: mark.note,
        sources: [
          ...figureSeedRefs(figure, figures).map(
            (ref) => ({ ...link(ref), supports: ref === figure.date.source ? 'date' : 'value' }) as const,
          ),
          ...(fromEvent ? fromEvent.sources.map((ref) => ({ ...link(ref), supports: 'date' }) as const) : []),
        ].filter(
          (s, i, all) => all.findIndex((o) => o.seed === s.seed && o.line === s.line && o.quote === s.quote) === i,
        ),
        derivedFrom: figure.kind === 'derived' ? derivationInWords(figure, (id) => figures.get(id)) : undefined,
        conflict: mark.conflict,
      } satisfies ResolvedMark;
    }
    const dated = mark.event ? event(mark.event) : undefined;
    const span = dated ? spanOf(dated.date) : undefined;
    return {
      key: mark.note,
      kind: 'note',
      role: mark.role,
      label: mark.label,
      value: mark.at,
      unit: chart.unit,
      valueText: mark.atWords ? `“${mark.atWords}” (announced)` : 'no figure given',
      span,
      dateText: span?.text ?? mark.period ?? 'not dated',
      precisionText: dated ? precisionWithBasis(dated.date) : "period in this site's words",
      precision: dated ? PRECISION_LABEL[dated.date.precision] : "period in this site's words",
      dateBasis: dated ? formatDateBases(dated.date) : '',
      note: mark.says,
      sources: [
        ...mark.refs.map((ref) => ({ ...link(ref), supports: 'value' }) as const),
        ...(dated ? dated.sources.map((ref) => ({ ...link(ref), supports: 'date' }) as const) : []),
      ],
    } satisfies ResolvedMark;
  });

  return {
    id: chart.id,
    kind: chart.kind,
    title: chart.title,
    description: chart.description,
    unit: chart.unit,
    unitLabel: UNIT_LABEL[chart.unit],
    marks,
    events: chart.events.map((id) => {
      const found = event(id);
      const reporters = found.sources.map((ref) => publishers.get(ref.seed) ?? ref.seed);
      const title = found.claimedBy ? `${found.title}, ${formatClaim(found.claimedBy, reporters)}` : found.title;
      return {
        id,
        title,
        span: spanOf(found.date),
        sources: found.sources.map(link),
        dateBasis: formatDateBases(found.date),
      };
    }),
  };
}

/**
 * The date's precision in words and, when its lines do not state it, how it was worked out (the
 * lineage module's answer): "to the day; year from context: Al Jazeera's 2025 report …".
 */
function precisionWithBasis(date: SourcedDate): string {
  const basis = formatDateBases(date);
  return basis ? `${PRECISION_LABEL[date.precision]}; ${basis}` : PRECISION_LABEL[date.precision];
}

/** One row per mark and source line for tables and downloads, with the provenance columns. */
export interface ProvenanceRow {
  chart: string;
  mark: string;
  label: string;
  role: MarkRole;
  value: number | null;
  bound: Bound | null;
  unit: Unit;
  shown_as: string;
  /** Who asserts a one-party claim, as the page prints it; empty otherwise. */
  claimed_by: string;
  /** The same date columns as the dataset's figures file (src/lib/site/datapackage.ts describes them). */
  date: string;
  date_end: string;
  date_precision: string;
  date_text: string;
  date_basis: string;
  seed: string;
  line: number;
  quote: string;
  /** Whether this row's line supports the mark's value or its date. */
  supports: 'value' | 'date';
  derived_from: string;
  source_url: string;
}

/**
 * Every mark × every source line behind it: a mark with two lines yields two rows, each saying
 * what its line supports.
 */
export function provenanceRows(model: ChartModel, absolute: (href: string) => string = (h) => h): ProvenanceRow[] {
  return model.marks.flatMap((mark) =>
    mark.sources.map((source) => ({
      chart: model.id,
      mark: mark.key,
      label: mark.label,
      role: mark.role,
      value: mark.value ?? null,
      bound: mark.bound ?? null,
      unit: mark.unit,
      shown_as: mark.valueText,
      claimed_by: mark.claimText ?? '',
      ...dateColumns(mark.span),
      date_text: mark.dateText,
      date_basis: mark.dateBasis,
      seed: source.seed,
      line: source.line,
      quote: source.quote,
      supports: source.supports ?? 'value',
      derived_from: mark.derivedFrom ?? '',
      source_url: absolute(source.href),
    })),
  );
}

/** A span as the download date columns: "2025-07", "2025-08", "month"; empty for a note the source does not date. */
function dateColumns(span: Span | undefined): { date: string; date_end: string; date_precision: string } {
  if (!span) return { date: '', date_end: '', date_precision: '' };
  const [start, end] = span.iso.split('/');
  return { date: start!, date_end: end ?? '', date_precision: span.precision };
}
