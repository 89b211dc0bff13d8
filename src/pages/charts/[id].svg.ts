/** /charts/<id>.svg — the chart itself (wide layout), standalone with its own light styles. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartModel } from '../../lib/charts/site';
import { allCharts } from '../../lib/site/data';
import { absoluteUrl, chartHref } from '../../lib/site/urls';
import { chartGeometry } from '../../lib/charts/geometry';
import { renderSvg } from '../../lib/charts/svg';

export const getStaticPaths = (async () => (await allCharts()).map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getChartModel(String(params.id));
  const lines = [...new Map([...model.marks.flatMap((m) => m.sources), ...model.events.flatMap((e) => e.sources)].map((s) => [`${s.seed}:${s.line}`, s])).values()]
    .sort((a, b) => a.label.replace(/, line \d+$/, '').localeCompare(b.label.replace(/, line \d+$/, '')) || a.line - b.line)
    .map((s) => s.label);
  const caption = [`Sources: ${lines.join('; ')}.`, `Chart and data with every quote: ${absoluteUrl(chartHref(model.id))}`];
  const svg = renderSvg(chartGeometry(model, 'wide'), { idPrefix: `chart-${model.id}`, title: model.title, description: model.description, standalone: true, caption });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
