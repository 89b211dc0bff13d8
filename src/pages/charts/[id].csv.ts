/** /charts/<id>.csv — a chart's data, one row per mark and source line, with provenance columns
 * (the same date columns as /data/figures.csv, and `supports`: value or date). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartModel } from '../../lib/charts/from-collections';
import { allCharts } from '../../lib/site/data';
import { absoluteUrl } from '../../lib/site/urls';
import { provenanceRows } from '../../lib/charts/model';
import { CSV_HEADERS, toCsv } from '../../lib/io/csv';
import { verbatimRows } from '../../lib/io/verbatim';
import { seedLine } from '../../lib/site/data';

export const getStaticPaths = (async () =>
  (await allCharts()).map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getChartModel(String(params.id));
  return new Response(toCsv(verbatimRows(provenanceRows(model, absoluteUrl), seedLine)), { headers: CSV_HEADERS });
};
