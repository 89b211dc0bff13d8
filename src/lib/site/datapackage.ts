/**
 * The dataset's Frictionless Data Package (https://specs.frictionlessdata.io/data-package/): one
 * tabular resource per CSV under /data/, each with a Table Schema that types every column, so a
 * reuser's tool need not guess ("2025-04" is a date string, `line` an integer, an empty cell a
 * missing number). Fields follow the row types in lib/site/dataset.ts, in CSV column order; a
 * test checks the headers match and validates every row with the `tableschema` library.
 */
import type { DatasetName } from './dataset';

export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer';
  description?: string;
  constraints?: { required?: boolean; enum?: string[] };
}

/** Dates stay strings: the data holds "2025", "2025-08" or "2025-04-22", as precise as the source. */
const DATE_NOTE = 'ISO 8601, only as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD';

const str = (name: string, description?: string, required = false): TableField => ({
  name,
  type: 'string',
  ...(description ? { description } : {}),
  ...(required ? { constraints: { required: true } } : {}),
});

const dateFields: TableField[] = [
  str('date', `Start of the date the row refers to; ${DATE_NOTE}`, true),
  str('date_end', `End of a span of dates, empty otherwise; ${DATE_NOTE}`),
  { name: 'date_precision', type: 'string', constraints: { required: true, enum: ['day', 'month', 'year', 'range'] } },
  str('date_basis', 'How the date was worked out when its lines do not state it (year from context, or inferred)'),
];

const sourceFields = (required: boolean): TableField[] => [
  str('seed', 'Source document id (see /sources/)', required),
  {
    name: 'line',
    type: 'integer',
    description: 'Line of the source document',
    ...(required ? { constraints: { required: true } } : {}),
  },
  str('quote', 'The words relied on, byte for byte as on the line', required),
  str('source_url', 'The line on this site', required),
];

/** One Table Schema per dataset file, its fields in the CSV's column order. */
export const TABLE_SCHEMAS: Record<DatasetName, { fields: TableField[]; primaryKey?: string }> = {
  figures: {
    primaryKey: 'id',
    fields: [
      str('id', 'Figure id', true),
      { name: 'kind', type: 'string', constraints: { required: true, enum: ['sourced', 'derived'] } },
      str('measures', 'What the figure measures', true),
      { name: 'value', type: 'number', constraints: { required: true } },
      {
        name: 'bound',
        type: 'string',
        constraints: { required: true, enum: ['exact', 'about', 'over', 'nearly', 'less-than', 'up-to'] },
      },
      str('unit', 'Unit of the value', true),
      str('shown_as', 'The value as every page prints it, with the source’s hedge', true),
      str('claimed_by', 'Who asserts a one-party claim and who reports it; empty for a figure the site states'),
      str('status', 'reported, or a disputed or qualified status', true),
      ...dateFields,
      str('themes', 'Space-separated theme ids', true),
      ...sourceFields(false),
      str('date_seed', 'Source document of the line that states the date, when another line does'),
      { name: 'date_line', type: 'integer', description: 'Line that states the date, when another line does' },
      str('date_quote', 'The words that state the date, byte for byte'),
      str('inputs', 'A derived figure’s input figure ids, space-separated'),
      str('formula', 'A derived figure’s formula'),
      str('explanation', 'How a derived figure is worked out'),
    ],
  },
  events: {
    fields: [
      str('id', 'Event id', true),
      ...dateFields,
      str('title', 'What happened', true),
      str('summary', 'A short summary'),
      str('themes', 'Space-separated theme ids', true),
      ...sourceFields(true),
    ],
  },
  conflicts: {
    fields: [
      str('id', 'Disagreement id', true),
      str('title', 'What the sources disagree about', true),
      str('question', 'The question they answer differently', true),
      str('themes', 'Space-separated theme ids', true),
      ...sourceFields(true).slice(0, 3),
      str('says', 'What this source says', true),
      sourceFields(true)[3]!,
      str('site_reading', 'The reading the site uses, labelled as its own', true),
    ],
  },
};

export interface PackageInfo {
  /** Absolute URL of each CSV. */
  csvUrl: (name: DatasetName) => string;
  description: (name: DatasetName) => string;
  title: string;
  homepage: string;
  licence: { name: string; url: string; title: string };
  publisher: string;
  updated: string;
}

/** The datapackage.json descriptor for the dataset's CSV files. */
export function dataPackage(names: readonly DatasetName[], info: PackageInfo): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'india-russia-us-evidence',
    title: info.title,
    homepage: info.homepage,
    version: info.updated,
    created: info.updated,
    licenses: [{ name: info.licence.name, path: info.licence.url, title: info.licence.title }],
    contributors: [{ title: info.publisher, role: 'author' }],
    resources: names.map((name) => ({
      profile: 'tabular-data-resource',
      name,
      path: info.csvUrl(name),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: info.description(name),
      dialect: { delimiter: ',', doubleQuote: true, header: true },
      schema: { ...TABLE_SCHEMAS[name], missingValues: [''] },
    })),
  };
}
