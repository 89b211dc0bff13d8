/**
 * Citing a chart. The chart pages (/charts/, anchors #fig-<id>, downloads /charts/<id>.csv|json)
 * use these so every chart is cited, and described to machines, the same way:
 *
 *   ---
 *   import CiteThis from '~/components/cite/CiteThis.astro';
 *   import { chartCiteProps, chartDatasetJsonLd } from '~/lib/cite/chart';
 *   const cite = chartCiteProps({ id: 'tariff-rate', title: 'US tariff rate on Indian goods', figures: ['us-tariff-india-25', …] });
 *   ---
 *   <BaseLayout … meta={{ jsonLd: [await chartDatasetJsonLd({ id: 'tariff-rate', title, description, figures })] }}>
 *     <figure id="fig-tariff-rate"> … chart and table … <CiteThis {...cite} compact /> </figure>
 */
import type { Figure } from '../provenance/schema';
import { allFigures, getSource, sourceLabel } from '../site/data';
import { withBase } from '../site/urls';
import { fileHistory } from './git';
import { datasetJsonLd } from './jsonld';
import { figureDataFile, figureSeedRefs, type SeedRef } from './site';

export interface ChartRef {
  /** The chart id: anchor #fig-<id> on /charts/, downloads /charts/<id>.csv and .json. */
  id: string;
  title: string;
  /** Figure ids plotted: their seed lines become the chart's sources, their data files its dates. */
  figures: string[];
}

async function figuresOf(chart: ChartRef): Promise<{ plotted: Figure[]; all: Map<string, Figure> }> {
  const all = new Map((await allFigures()).map((f) => [f.id, f]));
  const plotted = chart.figures.map((id) => {
    const figure = all.get(id);
    if (!figure) throw new Error(`chart "${chart.id}" plots unknown figure "${id}"`);
    return figure;
  });
  return { plotted, all };
}

/** The latest git date among the data files the chart's figures come from. */
function chartUpdated(plotted: Figure[]): string {
  const dates = plotted.map((f) => fileHistory(figureDataFile(f.id) ?? 'content/data/figures/').updated);
  return dates.sort().at(-1) ?? fileHistory('content/data/figures/').updated;
}

/** Props for <CiteThis> under a chart. */
export async function chartCiteProps(chart: ChartRef): Promise<{ id: string; title: string; url: string; genre: string; what: string; updated: string; seeds: SeedRef[] }> {
  const { plotted, all } = await figuresOf(chart);
  return {
    id: `chart-${chart.id}`,
    title: chart.title,
    url: withBase(`charts/#fig-${chart.id}`),
    genre: 'Chart',
    what: 'this chart',
    updated: chartUpdated(plotted),
    seeds: plotted.flatMap((f) => figureSeedRefs(f, all)),
  };
}

/** schema.org Dataset for a chart's data, for BaseLayout's `meta.jsonLd`. */
export async function chartDatasetJsonLd(chart: ChartRef & { description: string }): Promise<Record<string, unknown>> {
  const { plotted, all } = await figuresOf(chart);
  const seeds = [...new Set(plotted.flatMap((f) => figureSeedRefs(f, all)).map((r) => r.seed))];
  const sources = await Promise.all(seeds.map(async (id) => {
    const source = await getSource(id);
    return { name: sourceLabel(source), headline: source.headline };
  }));
  return datasetJsonLd({ id: chart.id, title: chart.title, description: chart.description, updated: chartUpdated(plotted), sources });
}
