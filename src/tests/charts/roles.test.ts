/**
 * The roles and their provenance rules (src/lib/provenance/chart-roles.ts) drive the schema and the
 * verifier; the mark units (src/lib/charts/marks/) give every role its words, used by aria labels,
 * the table and the key.
 */
import { expect, test } from 'vitest';
import { chartRoleSchema, chartNoteMarkSchema } from '../../lib/provenance/schema';
import { FIGURE_ROLES, NOTE_ROLES, requiredRole } from '../../lib/provenance/chart-roles';
import { ROLE_TEXT, chartKey, drawingNote } from '../../lib/charts/marks/index';
import { chartGeometry } from '../../lib/charts/geometry';
import { fixtureChartIds, fixtureModel } from './helpers';

test('the schema accepts exactly the roles in the table', () => {
  expect(chartRoleSchema.options).toEqual([...FIGURE_ROLES]);
  expect(chartNoteMarkSchema.shape.role.options).toEqual([...NOTE_ROLES]);
  expect(Object.keys(ROLE_TEXT).sort(), 'every role has its words from exactly one mark unit').toEqual(
    [...FIGURE_ROLES, ...NOTE_ROLES].sort(),
  );
});

test('a figure’s kind and status fix its role through the table', () => {
  expect(requiredRole({ kind: 'derived', status: 'reported' })).toBe('derived');
  expect(requiredRole({ kind: 'sourced', status: 'target' })).toBe('target');
  expect(requiredRole({ kind: 'sourced', status: 'reported' })).toBeNull();
  expect(
    requiredRole({ kind: 'sourced', status: 'reported', claimedBy: { who: 'Donald Trump', verb: 'announced' } }),
  ).toBe('announced');
});

test('every mark’s aria label carries its role’s words from the table', () => {
  for (const id of fixtureChartIds) {
    const model = fixtureModel(id);
    for (const mark of chartGeometry(model, 'wide').marks) {
      if (mark.role === 'event') continue;
      const resolved = model.marks.find((m) => m.key === mark.key)!;
      expect(mark.ariaLabel.startsWith(`${resolved.label}${ROLE_TEXT[mark.role].aria}:`), mark.ariaLabel).toBe(true);
    }
  }
});

test('the key lists a drawn sample for each convention a chart uses, and at most three for a timeline’s levels', () => {
  const tariff = chartKey(fixtureModel('tariff-rate'));
  expect(tariff.every((entry) => entry.sample.length > 0 && entry.text.length > 0)).toBe(true);
  const levelEntries = tariff.filter((entry) => entry.sample.some((s) => s.cls.split(' ').includes('level')));
  expect(levelEntries.map((e) => e.name)).toEqual(['stated', 'uncertain', 'announced']);
  const bars = chartKey(fixtureModel('india-russia-trade')).map((e) => e.name);
  expect(bars).toEqual(expect.arrayContaining(['derived', 'target', 'over']));
  expect(bars).not.toContain('uncertain');
});

test('the aria label leaves how an inferred date was worked out to the tooltip and table', () => {
  const model = fixtureModel('tariff-rate');
  const inferred = model.marks.find((m) => m.precisionText.includes('inferred'));
  expect(inferred, 'the fixture has a mark with an inferred date').toBeDefined();
  const geometry = chartGeometry(model, 'wide').marks.find((m) => m.key === inferred!.key)!;
  expect(geometry.ariaLabel).not.toContain('inferred');
  expect(geometry.info.precision).toContain('inferred');
});

test('the data table’s note spells out each drawn convention of the key, from the mark units, not per chart', () => {
  for (const id of fixtureChartIds) {
    const model = fixtureModel(id);
    const note = drawingNote(model);
    for (const entry of chartKey(model))
      expect(note, `${id}: ${entry.name}`).toContain(`${entry.drawn.slice(1)}: ${entry.text}.`);
    if (!chartKey(model).length) expect(note, id).toBe('');
  }
  const tariff = drawingNote(fixtureModel('tariff-rate'));
  expect(tariff).toMatch(/^Solid line: in effect, as a source states it\. Dashed line: /);
  expect(tariff).toContain('Long dashes from a hollow circle: announced by one party');
  expect(tariff, 'a disputed claim is listed, not drawn').toMatch(/Rows marked “not drawn” are in this table only\.$/);
});

test('the aria label leaves a year taken from context to the tooltip and table', () => {
  const model = fixtureModel('tariff-rate');
  const fromContext = model.marks.find((m) => m.precisionText.includes('year from context'));
  expect(fromContext, 'the fixture has a mark whose year comes from context').toBeDefined();
  const geometry = chartGeometry(model, 'wide').marks.find((m) => m.key === fromContext!.key)!;
  expect(geometry.ariaLabel).not.toContain('year from context');
  expect(geometry.info.precision).toContain('year from context');
});
