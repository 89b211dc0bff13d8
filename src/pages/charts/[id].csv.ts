/** /charts/<id>.csv — a chart's data, one row per mark and source line, with provenance columns. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartModel } from '../../lib/charts/from-collections';
import { allCharts } from '../../lib/site/data';
import { absoluteUrl } from '../../lib/site/urls';
import { provenanceRows, toCsv } from '../../lib/charts/model';

export const getStaticPaths = (async () => (await allCharts()).map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getChartModel(String(params.id));
  return new Response(toCsv(provenanceRows(model, absoluteUrl)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
