/**
 * Ordering and grouping for the timeline. Pure functions (no Astro imports) so tests can run them.
 *
 * Every entry is a span of time (a day, a month, a year, or a range), and entries are ordered by
 * the start of their span. Where two spans start together the wider one comes first, so a year
 * known only as "2025" opens 2025, "May 2025" comes before "10 May 2025", and "August 2025" before
 * "31 August – 1 September 2025". An undated report with clues carries an inferred range in the
 * data (precision "range" with an `inference`), and is placed by that range's start, after any
 * dated entry starting the same day, and before a window starting then that may end later. Entries
 * whose spans overlap keep the order their source fixes (an event's `follows`), e.g. Al Jazeera's "on
 * Saturday" rally before Sunday's interview, Monday's posts and reply, and "late on Tuesday"; and the
 * doubling to 50%, known only as "August 2025", after that week, in which Trump was still threatening it.
 */
import type { Event, Theme } from '../provenance/schema';
import { formatDate, withoutSharedTail } from '../provenance/format';
import { THEME_LABEL } from '../provenance/themes';

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

/** A window worked out from clues ("Sometime between …"): its start is only the earliest it can be. */
const isWindow = (e: Event) => e.date.precision === 'range' && e.date.inference !== undefined;

/**
 * By start. At the same start: a dated entry before a worked-out window (the window's event may
 * be later, as Al Jazeera's tariff cuts came after the 1 April announcement that began the talks);
 * two windows by the one that must end sooner; otherwise the wider span first (a month before its
 * days). Then by id, so the order is stable.
 */
export function compareSpans(a: Event, b: Event): number {
  const byStart = startKey(a.date).localeCompare(startKey(b.date));
  if (byStart) return byStart;
  if (isWindow(a) !== isWindow(b)) return isWindow(a) ? 1 : -1;
  const byEnd = isWindow(a)
    ? endKey(a.date).localeCompare(endKey(b.date))
    : endKey(b.date).localeCompare(endKey(a.date));
  return byEnd || a.id.localeCompare(b.id);
}

/** Spans that share at least one day, so their dates alone cannot order them. */
function overlap(a: Event, b: Event): boolean {
  return startKey(a.date) <= endKey(b.date) && startKey(b.date) <= endKey(a.date);
}

/**
 * Problems with `follows`, each as "file-free" text naming the id, what was expected, what was found
 * and the fix: the named event must exist and its span must overlap this one's (otherwise the dates
 * already order them, or contradict the order), and no chain may loop.
 */
export function followsProblems(events: readonly Event[]): string[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const problems: string[] = [];
  for (const event of events) {
    if (!event.follows) continue;
    const before = byId.get(event.follows);
    if (!before) {
      problems.push(
        `events › ${event.id}: follows "${event.follows}", which is no event; fix: name an event id or drop follows.`,
      );
    } else if (!overlap(event, before)) {
      problems.push(
        `events › ${event.id}: follows "${before.id}", expected spans that overlap, found ${formatDate(event.date)} ` +
          `and ${formatDate(before.date)}; fix: drop follows (the dates already order them) or correct a date.`,
      );
    }
    const seen = new Set([event.id]);
    for (let at = before; at?.follows; at = byId.get(at.follows)) {
      if (seen.has(at.id)) {
        problems.push(`events › ${event.id}: its follows chain loops through "${at.id}"; fix: break the loop.`);
        break;
      }
      seen.add(at.id);
    }
  }
  return problems;
}

/**
 * Events in timeline order: by span (compareSpans), except that an event never comes before the one
 * it follows; it waits until that one is placed, then goes next as far as the spans allow. On a theme's
 * page the event it follows may be absent; then it follows that one's own predecessor, so the source's
 * order still holds among the events shown.
 */
export function orderEvents(events: readonly Event[], all: readonly Event[] = events): Event[] {
  const problems = followsProblems(all);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const everyEvent = new Map(all.map((e) => [e.id, e]));
  const shown = new Set(events.map((e) => e.id));
  const predecessor = (e: Event): string | undefined => {
    // The nearest shown event that the source puts before `e` (walking past absent ones).
    const seen = new Set<string>();
    for (let id = e.follows; id && !seen.has(id); id = everyEvent.get(id)?.follows) {
      seen.add(id);
      if (shown.has(id)) return id;
    }
    return undefined;
  };
  const pending = [...events].sort(compareSpans);
  const placed = new Set<string>();
  const out: Event[] = [];
  while (pending.length > 0) {
    // Stable: the first event in span order whose predecessor is placed or not shown goes next.
    const at = pending.findIndex((e) => {
      const before = predecessor(e);
      return before === undefined || placed.has(before);
    });
    if (at < 0) throw new Error(`orderEvents: the follows chain among ${pending.map((e) => e.id).join(', ')} loops`);
    const [next] = pending.splice(at, 1);
    placed.add(next!.id);
    out.push(next!);
  }
  return out;
}

/**
 * The date as the timeline prints it. A range worked out from clues (it has an `inference`) is
 * uncertainty, not duration: "Sometime between July and August 2025". A range a source states
 * ("31 August – 1 September 2025") is an event that lasts, printed as the span.
 */
export function timelineDate(date: Event['date']): { text: string; span: 'uncertain' | 'lasting' | 'point' } {
  if (date.precision !== 'range' || !date.end) return { text: formatDate(date), span: 'point' };
  if (!date.inference) return { text: formatDate(date), span: 'lasting' };
  const start = formatDate({ value: date.value, precision: 'range' });
  const end = formatDate({ value: date.end, precision: 'range' });
  // "Sometime between 1 and 31 August 2025".
  return { text: `Sometime between ${withoutSharedTail(start, end)} and ${end}`, span: 'uncertain' };
}

/** Group events by the year their span starts in, each year's events in order. */
export function groupByYear(events: readonly Event[], all: readonly Event[] = events): TimelineYear[] {
  const years = new Map<string, TimelineYear>();
  for (const event of orderEvents(events, all)) {
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
