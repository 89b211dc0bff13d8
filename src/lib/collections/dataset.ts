/**
 * The dataset as the site serves it (build time): rows from the content collections, seed-line
 * URLs made absolute, dates from the git history of the data files. Used by /data/<name>.csv and
 * .json, the Dataset JSON-LD and the pages that link to them.
 */
import { evidenceDatasetJsonLd } from '../cite/jsonld';
import { pathsHistory, type FileHistory } from '../cite/git';
import { allConflicts, allEvents, allFigures, allSources, seedLine } from './data';
import { publisherLabels } from '../provenance/format';
import {
  conflictRows,
  DATASET_FILES,
  eventRows,
  figureRows,
  type DatasetLinks,
  type DatasetName,
} from '../site/dataset';
import { absoluteUrl, dataFileHref, sourceLineHref, withBase } from '../site/urls';

/** The data files each part of the dataset is read from (for its dates). */
export const DATASET_PATHS: Record<DatasetName, string[]> = {
  figures: ['content/data/figures/'],
  events: ['content/data/events/'],
  conflicts: ['content/data/conflicts/'],
};

async function links(): Promise<DatasetLinks> {
  return {
    lineUrl: (seed, line) => absoluteUrl(sourceLineHref(seed, line)),
    lineText: seedLine,
    publishers: publisherLabels(await allSources()),
  };
}

export async function datasetRows(name: DatasetName): Promise<object[]> {
  switch (name) {
    case 'figures':
      return figureRows(await allFigures(), await links());
    case 'events':
      return eventRows(await allEvents(), await links());
    case 'conflicts':
      return conflictRows(await allConflicts(), await links());
  }
}

export function datasetHistory(names: readonly DatasetName[] = ['figures', 'events', 'conflicts']): FileHistory {
  return pathsHistory(names.flatMap((n) => DATASET_PATHS[n]));
}

/** The download links, for the pages that offer them (figures, charts, about). */
export function datasetFiles(): { name: DatasetName; description: string; csv: string; json: string }[] {
  return (Object.keys(DATASET_FILES) as DatasetName[]).map((name) => ({
    name,
    description: DATASET_FILES[name],
    csv: dataFileHref(name, 'csv'),
    json: dataFileHref(name, 'json'),
  }));
}

/** schema.org Dataset for the whole evidence base; its home is the /figures/ page. */
export function datasetJsonLdForSite(): Record<string, unknown> {
  const history = datasetHistory();
  return evidenceDatasetJsonLd({
    url: absoluteUrl(withBase('figures/')),
    published: history.published,
    updated: history.updated,
    files: datasetFiles().flatMap((f) => [
      { name: `${f.name}.csv`, description: f.description, url: absoluteUrl(f.csv), format: 'text/csv' as const },
      {
        name: `${f.name}.json`,
        description: f.description,
        url: absoluteUrl(f.json),
        format: 'application/json' as const,
      },
    ]),
  });
}
