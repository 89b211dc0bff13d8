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
import { chartGeometry } from './geometry';
import { renderSvg } from './svg';

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

/** Where a chart's downloads live: /charts/<id>.csv, .json, .svg (wide) and .narrow.svg (phones). */
export function chartFileHref(id: string, extension: 'csv' | 'json' | 'svg' | 'narrow.svg'): string {
  return withBase(`charts/${id}.${extension}`);
}

/** A chart's embed page, for other sites' iframes: /embed/<id>/. */
export function chartEmbedHref(id: string): string {
  return withBase(`embed/${id}/`);
}

/** The <iframe> snippet a reader copies to embed a chart (height fits the wide layout with its table folded away). */
export function chartEmbedSnippet(id: string, title: string): string {
  const src = absoluteUrl(chartEmbedHref(id));
  return `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="720" loading="lazy"></iframe>`;
}

export function chartAnchorHref(id: string): string {
  return withBase(`charts/#fig-${id}`);
}

export function absoluteUrl(href: string): string {
  return new URL(href, SITE.url).href;
}

/**
 * A chart as a file that travels without its page: title above, the source lines and a link back
 * below, its own light stylesheet. Served at /charts/<id>.svg (wide) and .narrow.svg, and shown
 * as an image on the home page (no inline SVG weight, no script).
 */
export function standaloneChartSvg(model: ChartModel, layout: 'narrow' | 'wide'): { svg: string; width: number; height: number } {
  const lines = [...new Map([...model.marks.flatMap((m) => m.sources), ...model.events.flatMap((e) => e.sources)].map((s) => [`${s.seed}:${s.line}`, s])).values()]
    .sort((a, b) => a.label.replace(/, line \d+$/, '').localeCompare(b.label.replace(/, line \d+$/, '')) || a.line - b.line)
    .map((s) => s.label);
  const caption = [`Sources: ${lines.join('; ')}.`, `Chart and data with every quote: ${absoluteUrl(chartAnchorHref(model.id))}`];
  const svg = renderSvg(chartGeometry(model, layout), { idPrefix: `chart-${model.id}`, title: model.title, description: model.description, standalone: true, caption });
  const size = /^<svg[^>]* width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg);
  if (!size) throw new Error(`standaloneChartSvg(${model.id}): the SVG has no width and height`);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width: Number(size[1]), height: Number(size[2]) };
}
