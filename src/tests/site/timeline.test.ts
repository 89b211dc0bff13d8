/** The timeline's ordering: every event once, by the start of its span, the wider span first at the same start. */
import { describe, expect, it } from 'vitest';
import {
  eventsForTheme,
  followsProblems,
  groupByYear,
  orderEvents,
  themesWithEvents,
  timelineDate,
} from '../../lib/site/timeline';
import { loadProject } from '../../lib/provenance/load';
import { formatDate } from '../../lib/provenance/format';
import type { Event } from '../../lib/provenance/schema';

const ref = [{ seed: 'aljazeera', line: 1, quote: 'India' }];
const event = (
  id: string,
  value: string,
  precision: Event['date']['precision'],
  themes: Event['themes'] = ['tariffs'],
): Event => ({
  id,
  title: `Event ${id}`,
  themes,
  sources: ref,
  date: precision === 'range' ? { value, precision, end: value } : { value, precision },
});

describe('groupByYear', () => {
  it('orders by span start: the year before its months, a month before its days, a range by its start', () => {
    const summit = {
      ...event('summit', '2025-08-31', 'range'),
      date: { value: '2025-08-31', precision: 'range' as const, end: '2025-09-01' },
    };
    const inferred = {
      ...event('inferred', '2025-07', 'range'),
      date: {
        value: '2025-07',
        precision: 'range' as const,
        end: '2025-08',
        inference: 'Six months after the January return, by the report.',
      },
    };
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
    expect(groups[1]!.events.map((e) => e.id)).toEqual([
      'vague',
      'early',
      'may',
      'may-10',
      'inferred',
      'august',
      'summit',
      'late',
    ]);
    expect(groups[0]!.events.map((e) => e.id)).toEqual(['old']);
  });

  it('puts a worked-out window after a dated entry starting the same day, and windows by the sooner end (fact-check A2)', () => {
    const window = (id: string, value: string, end: string) => ({
      ...event(id, value, 'range'),
      date: { value, precision: 'range' as const, end, inference: 'Worked out from the report.' },
    });
    const order = groupByYear([
      window('cuts', '2025-04-01', '2025-08'),
      event('announcement', '2025-04-01', 'day'),
      window('long', '2025-05-11', '2025-08'),
      window('short', '2025-05-11', '2025-06'),
    ])[0]!.events.map((e) => e.id);
    expect(order).toEqual(['announcement', 'cuts', 'short', 'long']);
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

describe('follows: the order a source fixes where the dates cannot', () => {
  const span = (id: string, follows?: string, themes: Event['themes'] = ['tariffs']): Event => ({
    ...event(id, '2025-07', 'range', themes),
    date: { value: '2025-07', precision: 'range', end: '2025-08', inference: 'Six months after the January return.' },
    ...(follows ? { follows } : {}),
  });
  // Al Jazeera's weekdays: Saturday rally, Sunday interview, Monday post and reply, Tuesday arrival.
  const week = [
    span('a-tuesday', 'd-monday-reply'),
    span('b-sunday', 'c-saturday'),
    span('c-saturday'),
    span('d-monday-reply', 'e-monday-post'),
    span('e-monday-post', 'b-sunday'),
  ];

  it('puts each event after the one it follows, whatever the ids say', () => {
    expect(orderEvents(week).map((e) => e.id)).toEqual([
      'c-saturday',
      'b-sunday',
      'e-monday-post',
      'd-monday-reply',
      'a-tuesday',
    ]);
  });

  it('keeps the order on a theme page where the events between are absent', () => {
    const shown = week.filter((e) => ['a-tuesday', 'c-saturday'].includes(e.id));
    expect(orderEvents(shown, week).map((e) => e.id)).toEqual(['c-saturday', 'a-tuesday']);
  });

  it('reports an unknown id, a span the dates already order, and a loop', () => {
    const other = { ...event('other', '2025-05', 'month'), follows: 'c-saturday' };
    const problems = followsProblems([...week, span('x', 'nowhere'), other, span('p', 'q'), span('q', 'p')]);
    expect(problems.join('\n')).toMatch(/x: follows "nowhere", which is no event/);
    expect(problems.join('\n')).toMatch(/other: follows "c-saturday", expected spans that overlap/);
    expect(problems.join('\n')).toMatch(/loops/);
    expect(() => orderEvents([span('x', 'nowhere')])).toThrow(/no event/);
  });

  it('puts an event after one it follows in an overlapping span, however early its own span starts', () => {
    const doubling = { ...event('doubling', '2025-08', 'month'), follows: 'tuesday' };
    const tuesday: Event = {
      ...event('tuesday', '2025-08-01', 'range'),
      date: { value: '2025-08-01', precision: 'range', end: '2025-08-31', inference: 'After the deadline.' },
    };
    const order = orderEvents([
      doubling,
      event('call', '2025-08-08', 'day'),
      tuesday,
      event('deadline', '2025-08-01', 'day'),
    ]);
    expect(order.map((e) => e.id)).toEqual(['deadline', 'tuesday', 'doubling', 'call']);
    // Without follows, the month opens the month.
    expect(orderEvents([{ ...doubling, follows: undefined }, tuesday]).map((e) => e.id)).toEqual([
      'doubling',
      'tuesday',
    ]);
  });

  // Al Jazeera's week, Saturday to Tuesday, as the real data lists it.
  const realIds = () => orderEvents(loadProject(process.cwd()).data.events).map((e) => e.id);
  const AL_JAZEERA_WEEK = [
    'modi-defiant-rally',
    'miller-india-tied-with-china',
    'trump-substantially-raising-tariff',
    'trump-truth-social-india-resells-oil',
    'mea-calls-us-targeting-unjustified',
    'doval-lands-in-moscow',
  ];

  it("orders the real July–August 2025 entries as Al Jazeera's weekdays do (fact-check A, M1)", () => {
    const ids = realIds();
    const chain = AL_JAZEERA_WEEK.filter((id) => id !== 'trump-substantially-raising-tariff');
    expect(chain.map((id) => ids.indexOf(id))).toEqual(chain.map((id) => ids.indexOf(id)).sort((a, b) => a - b));
    expect(ids.indexOf('trump-substantially-raising-tariff')).toBeGreaterThan(
      ids.indexOf('miller-india-tied-with-china'),
    );
  });

  it('lists that week after the 1 August entries and before the doubling to 50% (fresh fact-check, timeline M1)', () => {
    const ids = realIds();
    const week = AL_JAZEERA_WEEK.map((id) => ids.indexOf(id));
    expect(week).not.toContain(-1);
    const firstOfWeek = Math.min(...week);
    const lastOfWeek = Math.max(...week);
    expect(ids.indexOf('tariff-deadline-august-1')).toBeLessThan(firstOfWeek);
    expect(ids.indexOf('higher-tariffs-take-effect-invezz')).toBeLessThan(firstOfWeek);
    expect(ids.indexOf('us-doubles-tariff-august-2025')).toBeGreaterThan(lastOfWeek);
  });
});

describe('timelineDate: uncertainty reads as uncertainty', () => {
  it('prints a worked-out window as "Sometime between", a stated span as the span, a point as itself', () => {
    const inferred = {
      value: '2025-05-11',
      end: '2025-08',
      precision: 'range' as const,
      inference: 'Worked out from the report.',
    };
    expect(timelineDate(inferred)).toEqual({ text: 'Sometime between 11 May and August 2025', span: 'uncertain' });
    expect(timelineDate({ value: '2025-08-31', end: '2025-09-01', precision: 'range' })).toEqual({
      text: '31 August–1 September 2025',
      span: 'lasting',
    });
    expect(timelineDate({ value: '2025-08', precision: 'month' })).toEqual({ text: 'August 2025', span: 'point' });
    const inAugust = {
      value: '2025-08-01',
      end: '2025-08-31',
      precision: 'range' as const,
      inference: 'After the deadline.',
    };
    expect(timelineDate(inAugust)).toEqual({ text: 'Sometime between 1 and 31 August 2025', span: 'uncertain' });
    expect(
      timelineDate({ value: '2025-07', end: '2025-08', precision: 'range', inference: 'Six months on.' }).text,
    ).toBe('Sometime between July and August 2025');
    expect(
      timelineDate({ value: '2024-12', end: '2025-01', precision: 'range', inference: 'Around the turn.' }).text,
    ).toBe('Sometime between December 2024 and January 2025');
    expect(formatDate({ value: '2025-08-01', end: '2025-08-31', precision: 'range' })).toBe('1–31 August 2025');
    expect(formatDate({ value: '2025-08-31', end: '2025-09-01', precision: 'range' })).toBe(
      '31 August–1 September 2025',
    );
  });
});
