/** Chart models built from the real, verified project data, for the chart tests. */
import { loadProject } from '../../lib/provenance/load';
import { buildChartModel, type ChartModel } from '../../lib/charts/model';

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
