/** Chart geometry: spans, scales and marks, computed without a DOM. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spanOf, provenanceRows } from '../../lib/charts/model';
import { toCsv } from '../../lib/io/csv';
import { chartGeometry, LAYOUTS, wrap, type MarkGeometry, type Shape } from '../../lib/charts/geometry';
import { textWidth } from '../../lib/charts/text';
import { model } from './helpers';

const xsOf = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
const shapesOf = (mark: MarkGeometry | undefined, cls: string) =>
  (mark?.shapes ?? []).filter((s) => s.cls.split(' ').includes(cls));
const find = (marks: MarkGeometry[], key: string) => {
  const found = marks.find((m) => m.key === key);
  if (!found) throw new Error(`no mark ${key}; have ${marks.map((m) => m.key).join(', ')}`);
  return found;
};

describe('spans: a date is drawn as the whole period it names', () => {
  it('a month is the whole month', () => {
    const span = spanOf({ value: '2025-08', precision: 'month' });
    expect(span.start.toISOString()).toBe('2025-08-01T00:00:00.000Z');
    expect(span.end.toISOString()).toBe('2025-09-01T00:00:00.000Z');
    expect(span.text).toBe('August 2025');
  });
  it('a year is the whole year, and a day one day', () => {
    expect(spanOf({ value: '2025', precision: 'year' }).end.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const day = spanOf({ value: '2026-02-03', precision: 'day' });
    expect(day.end.getTime() - day.start.getTime()).toBe(86_400_000);
    expect(day.text).toBe('3 February 2026');
  });
});

describe('tariff step chart', () => {
  const geometry = chartGeometry(model('tariff-rate'), 'wide');
  const fifty = find(geometry.marks, 'us-tariff-india-50');
  const doubling = find(geometry.marks, 'event-us-doubles-tariff-august-2025');

  it('draws the month-dated doubling across the whole of August, not on a day', () => {
    const [uncertain] = shapesOf(fifty, 'uncertain') as Extract<Shape, { type: 'path' }>[];
    const [band] = shapesOf(doubling, 'event-band') as Extract<Shape, { type: 'rect' }>[];
    expect(uncertain).toBeDefined();
    expect(band).toBeDefined();
    const xs = xsOf(uncertain!.d);
    expect(Math.min(...xs)).toBeCloseTo(band!.x, 0);
    expect(Math.max(...xs)).toBeCloseTo(band!.x + band!.width, 0);
    // No start dot: a dot would claim a day.
    expect(shapesOf(fifty, 'start')).toHaveLength(0);
  });

  it('marks the day-dated deal with a dot at that day', () => {
    expect(shapesOf(find(geometry.marks, 'us-tariff-india-18'), 'start')).toHaveLength(1);
  });

  it('puts higher rates higher: 50% above 25% above Pakistan 19% above 18%', () => {
    const levelY = (key: string) => {
      const path = (find(geometry.marks, key).shapes.find((s) => s.type === 'path') as Extract<Shape, { type: 'path' }>)
        .d;
      return Number(/,(-?[\d.]+)/.exec(path)![1]);
    };
    const ys = ['us-tariff-india-50', 'us-tariff-india-25', 'us-tariff-pakistan-19', 'us-tariff-india-18'].map(levelY);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('keeps the disputed "early 2025" claim out of the plot area (it is in the table, with its note and link)', () => {
    expect(
      model('tariff-rate').marks.some((m) => m.key === 'us-tariff-india-25-early-2025' && m.role === 'disputed'),
    ).toBe(true);
    expect(geometry.marks.map((m) => m.key)).not.toContain('us-tariff-india-25-early-2025');
    expect(geometry.marks.flatMap((m) => m.shapes).some((s) => s.cls.includes('role-disputed'))).toBe(false);
  });

  it('draws India as one connected line: a riser joins each level to the next where the next begins', () => {
    const risers = ['us-tariff-india-25', 'us-tariff-india-50'].map((key) =>
      shapesOf(find(geometry.marks, key), 'riser'),
    );
    expect(risers.map((r) => r.length)).toEqual([1, 1]);
    const [toFifty] = risers[0] as Extract<Shape, { type: 'line' }>[];
    const [band] = shapesOf(doubling, 'event-band') as Extract<Shape, { type: 'rect' }>[];
    expect(toFifty!.x1).toBeCloseTo(band!.x, 0);
    expect(toFifty!.y2).toBeLessThan(toFifty!.y1);
  });

  it('draws no India rate before the months Al Jazeera describes it in, and no start day for it (the sources give none)', () => {
    const described = find(geometry.marks, 'event-india-faces-25-percent-tariff').shapes.find(
      (s) => s.cls === 'event-band',
    ) as Extract<Shape, { type: 'rect' }>;
    const india = geometry.marks.filter((m) =>
      ['us-tariff-india-25', 'us-tariff-india-50', 'us-tariff-india-18'].includes(m.key),
    );
    const xs = india.flatMap((m) =>
      m.shapes.flatMap((s) => (s.type === 'path' ? xsOf(s.d) : s.type === 'circle' ? [s.cx] : [])),
    );
    expect(described).toBeDefined();
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(described.x - 0.5);
    const first = find(geometry.marks, 'us-tariff-india-25');
    expect(shapesOf(first, 'start')).toHaveLength(0);
    expect(shapesOf(first, 'uncertain').length).toBeGreaterThan(0);
  });
});

describe('bar charts', () => {
  const trade = chartGeometry(model('india-russia-trade'), 'narrow');
  const crude = chartGeometry(model('india-russian-crude'), 'narrow');

  it('hatches the derived bar and outlines the target', () => {
    expect(trade.usesHatch).toBe(true);
    expect(shapesOf(find(trade.marks, 'india-russia-trade-2019-implied'), 'bar')[0]?.cls).toContain('role-derived');
    expect(shapesOf(find(trade.marks, 'india-russia-trade-target-2030'), 'bar')[0]?.cls).toContain('role-target');
  });

  it('gives "over" an open end and "nearly" a notch', () => {
    expect(shapesOf(find(trade.marks, 'russia-china-trade-2024'), 'open-end').length).toBeGreaterThan(0);
    expect(shapesOf(find(crude.marks, 'india-russian-crude-2025'), 'notch')).toHaveLength(1);
    expect(shapesOf(find(trade.marks, 'india-russia-trade-2024'), 'open-end')).toHaveLength(0);
  });

  it('bar lengths are proportional to the values', () => {
    const width = (key: string) =>
      (shapesOf(find(trade.marks, key), 'bar')[0] as Extract<Shape, { type: 'rect' }>).width;
    expect(width('india-russia-trade-target-2030') / width('india-russia-trade-2024')).toBeCloseTo(100 / 66, 1);
  });

  it('draws no bar for what the sources say only in words', () => {
    for (const key of ['india-us-imbalance']) expect(shapesOf(find(trade.marks, key), 'bar')).toHaveLength(0);
    for (const key of ['crude-low-before-2022', 'china-larger-buyer', 'crude-zero-commitment']) {
      expect(shapesOf(find(crude.marks, key), 'bar')).toHaveLength(0);
    }
    expect(shapesOf(find(crude.marks, 'crude-zero-commitment'), 'commitment-marker')).toHaveLength(1);
  });
});

describe('readable at 320 px', () => {
  it('no direct label is cut by a riser of its line, and India is named once, in both layouts', () => {
    for (const layout of ['narrow', 'wide'] as const) {
      const { marks } = chartGeometry(model('tariff-rate'), layout);
      const size = LAYOUTS[layout].fontSize;
      const india = marks.filter((m) => m.key.startsWith('us-tariff-india-'));
      const labels = india.flatMap((m) => shapesOf(m, 'direct-label')) as Extract<Shape, { type: 'text' }>[];
      const risers = india.flatMap((m) => shapesOf(m, 'riser')) as Extract<Shape, { type: 'line' }>[];
      expect(risers.length, layout).toBeGreaterThan(0);
      for (const label of labels) {
        const [left, right] = [label.x, label.x + textWidth(label.text, size, true)];
        const [top, bottom] = [label.y - size, label.y];
        for (const riser of risers) {
          const [low, high] = [Math.min(riser.y1, riser.y2), Math.max(riser.y1, riser.y2)];
          const cuts = riser.x1 > left && riser.x1 < right && high > top && low < bottom;
          expect(cuts, `${layout}: the riser at x=${riser.x1} cuts "${label.text}" (${left}–${right})`).toBe(false);
        }
      }
      expect(
        labels.filter((l) => l.text.startsWith('India')),
        layout,
      ).toHaveLength(1);
    }
  });

  it('narrow layouts keep text at 12 px or more in a 288 px column (320 px screen less page padding)', () => {
    for (const id of ['tariff-rate', 'india-russia-trade', 'india-russian-crude']) {
      const g = chartGeometry(model(id), 'narrow');
      expect(g.fontSize * (288 / g.width)).toBeGreaterThanOrEqual(12);
    }
    // chart.css switches to the wide layout at a 560 px container; text must still be ≥ 12 px there.
    const css = readFileSync(join(process.cwd(), 'src/components/charts/chart.css'), 'utf8');
    const switchAt = Number(/@container \(min-width: (\d+)px\)/.exec(css)?.[1]);
    expect(switchAt).toBeGreaterThan(0);
    expect(LAYOUTS.wide.fontSize * (switchAt / LAYOUTS.wide.width)).toBeGreaterThanOrEqual(12);
  });

  it('wraps words to the width', () => {
    const lines = wrap('India sold twice as much to the United States as it bought from it', 150, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('India sold twice as much to the United States as it bought from it');
  });
});

describe('downloads', () => {
  it('CSV has the provenance columns and one row per mark and source line', () => {
    const m = model('india-russia-trade');
    const csv = toCsv(provenanceRows(m));
    const [header, ...rows] = csv.trim().split('\n');
    expect(header).toBe(
      'chart,mark,label,role,value,bound,unit,shown_as,claimed_by,date,date_end,date_precision,date_text,date_basis,seed,line,quote,supports,derived_from,source_url',
    );
    expect(rows).toHaveLength(m.marks.reduce((n, mark) => n + mark.sources.length, 0));
    expect(csv).toContain('the 2024 figure ($66 billion) divided by five');
    expect(csv).toContain(',over,usd-billion,over $200 billion,,2024,,year,2024,,hindustantimes,15,');
  });
});
