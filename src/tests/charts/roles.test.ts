/** One roles table (src/lib/provenance/chart-roles.ts) drives the schema, the verifier, aria labels and the table. */
import { expect, test } from 'vitest';
import { chartRoleSchema, chartNoteMarkSchema } from '../../lib/provenance/schema';
import { FIGURE_ROLES, NOTE_ROLES, ROLES, requiredRole } from '../../lib/provenance/chart-roles';
import { chartGeometry } from '../../lib/charts/geometry';
import { fixtureChartIds, fixtureModel } from './helpers';

test('the schema accepts exactly the roles in the table', () => {
  expect(chartRoleSchema.options).toEqual([...FIGURE_ROLES]);
  expect(chartNoteMarkSchema.shape.role.options).toEqual([...NOTE_ROLES]);
  expect(Object.keys(ROLES).sort()).toEqual([...FIGURE_ROLES, ...NOTE_ROLES].sort());
});

test('a figure’s kind and status fix its role through the table', () => {
  expect(requiredRole({ kind: 'derived', status: 'reported' })).toBe('derived');
  expect(requiredRole({ kind: 'sourced', status: 'target' })).toBe('target');
  expect(requiredRole({ kind: 'sourced', status: 'reported' })).toBeNull();
  expect(requiredRole({ kind: 'sourced', status: 'reported', claimedBy: { who: 'Donald Trump', verb: 'announced' } })).toBe('announced');
});

test('every mark’s aria label carries its role’s words from the table', () => {
  for (const id of fixtureChartIds) {
    const model = fixtureModel(id);
    for (const mark of chartGeometry(model, 'wide').marks) {
      if (mark.role === 'event') continue;
      const resolved = model.marks.find((m) => m.key === mark.key)!;
      expect(mark.ariaLabel.startsWith(`${resolved.label}${ROLES[mark.role].aria}:`), mark.ariaLabel).toBe(true);
    }
  }
});
