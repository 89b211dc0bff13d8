/** Chart models for the chart tests: from the real, verified project data, or from a frozen fixture. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadProject } from '../../lib/provenance/load';
import { buildChartModel, type ChartModel } from '../../lib/charts/model';
import { chartSchema, eventSchema, figureInputSchema, sourceSchema, type Figure } from '../../lib/provenance/schema';

export const project = loadProject(process.cwd());
/** The charts from content/data/charts.yaml; an empty list is an error, not a vacuous pass. */
export const charts = project.data.charts ?? [];
if (charts.length === 0) throw new Error('no charts loaded from content/data/charts.yaml');

export function model(id: string): ChartModel {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart "${id}" in content/data/charts.yaml`);
  return buildChartModel(chart, {
    figures: project.data.figures,
    events: project.data.events,
    sources: project.data.sources,
    lineHref: (seed, line) => `/sources/${seed}/#L${line}`,
  });
}

export const chartIds = charts.map((c) => c.id);

/**
 * Chart models from the frozen fixture (fixtures/charts-data.yaml), validated with the same
 * schemas: the SVG snapshots draw these, so editing content/data/ does not break rendering tests.
 */
const fixture = (() => {
  const raw = parse(readFileSync(new URL('./fixtures/charts-data.yaml', import.meta.url), 'utf8')) as Record<
    string,
    unknown[]
  >;
  return {
    charts: raw.charts!.map((c) => chartSchema.parse(c)),
    figures: raw.figures!.map((f) => figureInputSchema.parse(f) as Figure),
    events: raw.events!.map((e) => eventSchema.parse(e)),
    sources: raw.sources!.map((s) => sourceSchema.parse(s)),
  };
})();

export const fixtureChartIds = fixture.charts.map((c) => c.id);

export function fixtureModel(id: string): ChartModel {
  const chart = fixture.charts.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart "${id}" in src/tests/charts/fixtures/charts-data.yaml`);
  return buildChartModel(chart, { ...fixture, lineHref: (seed, line) => `/sources/${seed}/#L${line}` });
}
