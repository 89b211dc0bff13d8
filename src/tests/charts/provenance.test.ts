/**
 * Every mark in every chart comes from verified data: a figure the verifier proves, an event
 * with checked source lines, or a qualitative note whose quote is on its line. And no number
 * appears in a chart's drawing unless the data behind that chart has it.
 */
import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../../lib/charts/geometry';
import { verifyDataset } from '../../lib/provenance/verify';
import { checkSeedRef } from '../../lib/provenance/checks/seed-ref';
import { numbersIn } from '../../lib/provenance/text';
import { chartIds, charts, model, project } from './helpers';

const errors = verifyDataset(project.data, project.seeds);
const failing = new Set(errors.map((e) => e.id));

describe.each(chartIds)('chart %s', (id) => {
  const m = model(id);
  const chart = charts.find((c) => c.id === id)!;

  it('draws at least one mark, and every drawn mark is a verified figure, event or note', () => {
    for (const layout of ['narrow', 'wide'] as const) {
      const g = chartGeometry(m, layout);
      expect(g.marks.length).toBeGreaterThan(0);
      for (const mark of g.marks) {
        if (mark.key.startsWith('event-')) {
          const event = project.data.events.find((e) => `event-${e.id}` === mark.key);
          expect(event, mark.key).toBeDefined();
          expect(failing.has(event!.id), `${event!.id} fails verification`).toBe(false);
          continue;
        }
        const figure = project.data.figures.find((f) => f.id === mark.key);
        if (figure) {
          expect(failing.has(figure.id), `${figure.id} fails verification`).toBe(false);
          continue;
        }
        const note = chart.marks.find((n) => 'note' in n && n.note === mark.key);
        expect(note, `${mark.key} is neither a figure, an event nor a note of ${id}`).toBeDefined();
        for (const ref of (note as { refs: Parameters<typeof checkSeedRef>[0][] }).refs)
          expect(checkSeedRef(ref, project.seeds)).toEqual([]);
      }
    }
  });

  it('every source link under a mark points at a real, verified seed line', () => {
    for (const mark of m.marks) {
      expect(mark.sources.length, mark.key).toBeGreaterThan(0);
      for (const s of mark.sources)
        expect(checkSeedRef(s, project.seeds), `${mark.key} → ${s.seed}:${s.line}`).toEqual([]);
    }
  });

  it('shows no number in its marks that the chart data does not contain', () => {
    // Numbers the data legitimately yields: values and dates as formatted, and the quotes.
    const allowed = new Set<number>([
      ...m.marks.flatMap((mark) => [
        ...numbersIn(mark.valueText),
        ...numbersIn(mark.dateText),
        ...mark.sources.flatMap((s) => numbersIn(s.quote)),
      ]),
      ...m.events.flatMap((e) => numbersIn(e.span.text)),
    ]);
    for (const layout of ['narrow', 'wide'] as const) {
      const g = chartGeometry(m, layout);
      for (const mark of g.marks.filter((mk) => !mk.key.startsWith('event-'))) {
        for (const shape of mark.shapes) {
          if (shape.type !== 'text') continue;
          const stray = numbersIn(shape.text).filter((n) => !allowed.has(n));
          expect(stray, `${layout} ${mark.key}: "${shape.text}"`).toEqual([]);
        }
      }
    }
  });
});

it('the verification used above does catch a bad figure (control)', () => {
  const figures = structuredClone(project.data.figures);
  const fifty = figures.find((f) => f.id === 'us-tariff-india-50')!;
  fifty.value = 55;
  const found = verifyDataset({ ...project.data, figures }, project.seeds).map((e) => e.id);
  expect(found).toContain('us-tariff-india-50');
});
