/**
 * Ordering and grouping for the timeline. Pure functions (no Astro imports) so tests can run them.
 *
 * Dates are only as precise as their sources, so "2025" cannot honestly be placed before or after
 * "May 2025". The timeline therefore groups events by year and lists, after each year's dated
 * events, the ones known only to the year; within a month, day-dated events come before month-only ones.
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
  /** Events with at least a month, earliest first. */
  dated: Event[];
  /** Events the sources date only to this year. */
  yearOnly: Event[];
}

/**
 * Sort key for a partial ISO date. A date known only to the month could fall on any day of it,
 * so it sorts after the month's dated days ("1 August", "8 August", then "August"); likewise a
 * year-only date after the year's months.
 */
export function sortKey(value: string): string {
  const [year, month = '99', day = '99'] = value.split('-');
  return `${year}-${month}-${day}`;
}

function compareDates(a: Event, b: Event): number {
  const byValue = sortKey(a.date.value).localeCompare(sortKey(b.date.value));
  if (byValue !== 0) return byValue;
  return sortKey(a.date.end ?? a.date.value).localeCompare(sortKey(b.date.end ?? b.date.value)) || a.id.localeCompare(b.id);
}

/** Group events by year, each year's month- or day-dated events in order, then its year-only ones. */
export function groupByYear(events: readonly Event[]): TimelineYear[] {
  const years = new Map<string, TimelineYear>();
  for (const event of [...events].sort(compareDates)) {
    const year = event.date.value.slice(0, 4);
    const group = years.get(year) ?? { year, dated: [], yearOnly: [] };
    (event.date.precision === 'year' ? group.yearOnly : group.dated).push(event);
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
