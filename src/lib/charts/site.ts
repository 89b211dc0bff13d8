/**
 * Chart models from the site's content collections (build time only). Components, the /charts/
 * page and the download endpoints all come through here.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Chart, Event, Figure, Source } from '../provenance/schema';
import { SITE } from '../../config/site';
import { projectFor } from '../provenance/load';
import { sourceLineHref, withBase } from '../site/urls';
import { buildChartModel, type ChartModel } from './model';

/** Charts in the order content/data/charts.yaml lists them (the collection does not keep it). */
export async function allCharts(): Promise<Chart[]> {
  const order = (projectFor(process.cwd()).data.charts ?? []).map((c) => c.id);
  return (await getCollection('charts'))
    .map((e) => e.data as Chart)
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

export async function getChartModel(id: string): Promise<ChartModel> {
  const entry = await getEntry('charts', id);
  if (!entry) {
    const known = (await allCharts()).map((c) => c.id).join(', ');
    throw new Error(`Unknown chart id "${id}". Expected one of: ${known}`);
  }
  const [figures, events, sources] = await Promise.all([
    getCollection('figures').then((all) => all.map((e) => e.data as Figure)),
    getCollection('events').then((all) => all.map((e) => e.data as Event)),
    getCollection('sources').then((all) => all.map((e) => e.data as Source)),
  ]);
  return buildChartModel(entry.data as Chart, { figures, events, sources, lineHref: sourceLineHref });
}

/** Where a chart's downloads live: /charts/<id>.csv, .json, .svg. */
export function chartFileHref(id: string, extension: 'csv' | 'json' | 'svg'): string {
  return withBase(`charts/${id}.${extension}`);
}

export function chartAnchorHref(id: string): string {
  return withBase(`charts/#fig-${id}`);
}

export function absoluteUrl(href: string): string {
  return new URL(href, SITE.url).href;
}
