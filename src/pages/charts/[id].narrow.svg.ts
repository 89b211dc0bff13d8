/** /charts/<id>.narrow.svg — the chart's narrow (phone) layout as a standalone file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartModel, standaloneChartSvg } from '../../lib/collections/charts';
import { allCharts } from '../../lib/collections/data';

export const getStaticPaths = (async () =>
  (await allCharts()).map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { svg } = standaloneChartSvg(await getChartModel(String(params.id)), 'narrow');
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
