/**
 * Ordering and grouping for the timeline. Pure functions (no Astro imports) so tests can run them.
 *
 * Every entry is a span of time (a day, a month, a year, or a range), and entries are ordered by
 * the start of their span. Where two spans start together the wider one comes first, so a year
 * known only as "2025" opens 2025, "May 2025" comes before "10 May 2025", and "August 2025" before
 * "31 August – 1 September 2025". An undated report with clues carries an inferred range in the
 * data (precision "range" with an `inference`), and is placed by that range's start.
 */
import type { Event, Theme } from '../provenance/schema';

/** Readable names for themes, for filter links and tags. */
export const THEME_LABEL: Record<Theme, string> = {
  tariffs: 'Tariffs',
  crude: 'Crude oil',
  trade: 'Trade',
  defence: 'Defence',
  autonomy: 'Strategic autonomy',
  pakistan: 'Pakistan',
  people: 'People and visas',
  diplomacy: 'Diplomacy',
  analysis: 'Analysis',
};

export interface TimelineYear {
  year: string;
  /** The year's events in order (see compareSpans). */
  events: Event[];
}

/**
 * Sort key for the start of a span. A month-only date starts on the month's first day and a
 * year-only date on the year's first day, written with "00" so they sort before the dated days
 * (and months) they contain.
 */
export function startKey(date: Event['date']): string {
  const [year, month = '00', day = '00'] = date.value.split('-');
  return `${year}-${month}-${day}`;
}

/** Sort key for the end of a span (inclusive); a month-only or year-only end covers the whole month or year. */
export function endKey(date: Event['date']): string {
  const [year, month = '99', day = '99'] = (date.end ?? date.value).split('-');
  return `${year}-${month}-${day}`;
}

/** By start; at the same start the wider span first; then by id, so the order is stable. */
export function compareSpans(a: Event, b: Event): number {
  return startKey(a.date).localeCompare(startKey(b.date)) || endKey(b.date).localeCompare(endKey(a.date)) || a.id.localeCompare(b.id);
}

/** Group events by the year their span starts in, each year's events in order. */
export function groupByYear(events: readonly Event[]): TimelineYear[] {
  const years = new Map<string, TimelineYear>();
  for (const event of [...events].sort(compareSpans)) {
    const year = event.date.value.slice(0, 4);
    const group = years.get(year) ?? { year, events: [] };
    group.events.push(event);
    years.set(year, group);
  }
  return [...years.values()].sort((a, b) => a.year.localeCompare(b.year));
}

/** The themes that have at least one event, in the order THEME_LABEL lists them. */
export function themesWithEvents(events: readonly Event[]): Theme[] {
  const used = new Set(events.flatMap((e) => e.themes));
  return (Object.keys(THEME_LABEL) as Theme[]).filter((theme) => used.has(theme));
}

export function eventsForTheme(events: readonly Event[], theme: Theme | undefined): Event[] {
  return theme ? events.filter((e) => e.themes.includes(theme)) : [...events];
}
