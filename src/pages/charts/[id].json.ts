/** /charts/<id>.json — a chart's definition and data with provenance, for reuse. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartModel } from '../../lib/charts/from-collections';
import { allCharts } from '../../lib/site/data';
import { absoluteUrl, chartHref } from '../../lib/site/urls';
import { provenanceRows } from '../../lib/charts/model';
import { JSON_HEADERS, toJson } from '../../lib/io/csv';
import { verbatimRows } from '../../lib/io/verbatim';
import { seedLine } from '../../lib/site/data';

export const getStaticPaths = (async () =>
  (await allCharts()).map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getChartModel(String(params.id));
  const body = {
    chart: model.id,
    title: model.title,
    description: model.description,
    unit: model.unit,
    url: absoluteUrl(chartHref(model.id)),
    rows: verbatimRows(provenanceRows(model, absoluteUrl), seedLine),
    events: model.events.map((e) => ({
      id: e.id,
      title: e.title,
      date: e.span.iso,
      precision: e.span.precision,
      sources: verbatimRows(
        e.sources.map((s) => ({ seed: s.seed, line: s.line, quote: s.quote, source_url: absoluteUrl(s.href) })),
        seedLine,
      ),
    })),
  };
  return new Response(toJson(body), { headers: JSON_HEADERS });
};
