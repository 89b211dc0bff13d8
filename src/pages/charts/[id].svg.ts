/** /charts/<id>.svg — the chart itself (wide layout), standalone with its own light styles. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts, getChartModel } from '../../lib/charts/site';
import { chartGeometry } from '../../lib/charts/geometry';
import { renderSvg } from '../../lib/charts/svg';

export const getStaticPaths = (async () => (await allCharts()).map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getChartModel(String(params.id));
  const svg = renderSvg(chartGeometry(model, 'wide'), { idPrefix: `chart-${model.id}`, title: model.title, description: model.description, standalone: true });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
