/** /data/datapackage.json — the Frictionless Data Package describing the dataset's CSV files, with a Table Schema for each. */
import type { APIRoute } from 'astro';
import { SITE } from '../../config/site';
import { dataPackage } from '../../lib/site/datapackage';
import { JSON_HEADERS, toJson } from '../../lib/io/csv';
import { DATASET_FILES, type DatasetName } from '../../lib/site/dataset';
import { datasetHistory } from '../../lib/collections/dataset';
import { absoluteUrl, dataFileHref, withBase } from '../../lib/site/urls';

export const GET: APIRoute = () => {
  const descriptor = dataPackage(Object.keys(DATASET_FILES) as DatasetName[], {
    csvUrl: (name) => absoluteUrl(dataFileHref(name, 'csv')),
    description: (name) => DATASET_FILES[name],
    title: `${SITE.name}: figures, events and disagreements with their source lines`,
    homepage: absoluteUrl(withBase('figures/')),
    licence: { name: 'CC-BY-SA-4.0', url: SITE.licence.url, title: SITE.licence.name },
    publisher: SITE.author,
    updated: datasetHistory().updated,
  });
  return new Response(toJson(descriptor), { headers: JSON_HEADERS });
};
