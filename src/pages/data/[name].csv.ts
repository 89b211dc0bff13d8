/** /data/figures.csv, /data/events.csv, /data/conflicts.csv — the site's dataset, with every quote. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CSV_HEADERS, toCsv } from '../../lib/io/csv';
import { DATASET_FILES, type DatasetName } from '../../lib/site/dataset';
import { datasetRows } from '../../lib/site/dataset-site';

export const getStaticPaths = (() =>
  Object.keys(DATASET_FILES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(toCsv(await datasetRows(params.name as DatasetName)), { headers: CSV_HEADERS });
