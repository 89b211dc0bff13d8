/** The timeline's ordering: every event once, by the start of its span, the wider span first at the same start. */
import { describe, expect, it } from 'vitest';
import { eventsForTheme, groupByYear, themesWithEvents } from '../../lib/site/timeline';
import { loadProject } from '../../lib/provenance/load';
import type { Event } from '../../lib/provenance/schema';

const ref = [{ seed: 'aljazeera', line: 1, quote: 'India' }];
const event = (id: string, value: string, precision: Event['date']['precision'], themes: Event['themes'] = ['tariffs']): Event => ({
  id,
  title: `Event ${id}`,
  themes,
  sources: ref,
  date: precision === 'range' ? { value, precision, end: value } : { value, precision },
});

describe('groupByYear', () => {
  it('orders by span start: the year before its months, a month before its days, a range by its start', () => {
    const summit = { ...event('summit', '2025-08-31', 'range'), date: { value: '2025-08-31', precision: 'range' as const, end: '2025-09-01' } };
    const inferred = { ...event('inferred', '2025-07', 'range'), date: { value: '2025-07', precision: 'range' as const, end: '2025-08', inference: 'Six months after the January return, by the report.' } };
    const groups = groupByYear([
      event('late', '2025-12', 'month'),
      summit,
      event('vague', '2025', 'year'),
      event('early', '2025-04-22', 'day'),
      event('old', '1947', 'year'),
      event('may-10', '2025-05-10', 'day'),
      event('may', '2025-05', 'month'),
      event('august', '2025-08', 'month'),
      inferred,
    ]);
    expect(groups.map((g) => g.year)).toEqual(['1947', '2025']);
    expect(groups[1]!.events.map((e) => e.id)).toEqual(['vague', 'early', 'may', 'may-10', 'inferred', 'august', 'summit', 'late']);
    expect(groups[0]!.events.map((e) => e.id)).toEqual(['old']);
  });

  it('shows every event in the project exactly once', () => {
    const { data } = loadProject(process.cwd());
    expect(data.events.length).toBeGreaterThan(10);
    const shown = groupByYear(data.events).flatMap((g) => g.events.map((e) => e.id));
    expect(shown.sort()).toEqual(data.events.map((e) => e.id).sort());
  });
});

describe('theme filters', () => {
  const events = [event('a', '2025', 'year', ['pakistan']), event('b', '2024', 'year', ['diplomacy', 'pakistan'])];
  it('lists only themes that have events', () => {
    expect(themesWithEvents(events)).toEqual(['pakistan', 'diplomacy']);
  });
  it('filters by theme, and returns everything without one', () => {
    expect(eventsForTheme(events, 'diplomacy').map((e) => e.id)).toEqual(['b']);
    expect(eventsForTheme(events, undefined)).toHaveLength(2);
  });
});
