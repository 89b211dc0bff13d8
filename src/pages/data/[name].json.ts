/** /data/figures.json, /data/events.json, /data/conflicts.json — the same rows as the CSV, with a header saying what they are. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../config/site';
import { DATASET_FILES, type DatasetName } from '../../lib/site/dataset';
import { datasetHistory, datasetRows } from '../../lib/site/dataset-site';
import { absoluteUrl, dataFileHref } from '../../lib/site/urls';
import { JSON_HEADERS, toJson } from '../../lib/io/csv';

export const getStaticPaths = (() =>
  Object.keys(DATASET_FILES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as DatasetName;
  const body = {
    dataset: name,
    description: DATASET_FILES[name],
    url: absoluteUrl(dataFileHref(name, 'json')),
    csv: absoluteUrl(dataFileHref(name, 'csv')),
    publisher: SITE.author,
    license: SITE.licence.url,
    dateModified: datasetHistory([name]).updated,
    rows: await datasetRows(name),
  };
  return new Response(toJson(body), { headers: JSON_HEADERS });
};
