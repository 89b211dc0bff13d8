/**
 * Where the sourced data lives: the one list of data files. The content collections, the loader
 * behind the verifier, the changelog and every error message read it from here, so adding a
 * collection means adding one line.
 *
 * Figures, events and conflicts are folders of YAML lists (one file per theme, so pull requests
 * touch small files); the others are single files.
 */
export const DATA_FILES = {
  sources: 'content/data/sources.yaml',
  figures: 'content/data/figures/',
  events: 'content/data/events/',
  conflicts: 'content/data/conflicts/',
  unused: 'content/data/unused-lines.yaml',
  glossary: 'content/data/glossary.yaml',
  people: 'content/data/people.yaml',
  charts: 'content/data/charts.yaml',
  corrections: 'content/data/corrections.yaml',
} as const;

/** A data collection's name: "figures", "events", … */
export type DataCollection = keyof typeof DATA_FILES;

export const DATA_COLLECTIONS = Object.keys(DATA_FILES) as DataCollection[];

/** The folder the seed documents live in, as named in messages ("seeds/<file>.txt"). */
export const SEEDS_DIR = 'seeds';

/** The folder of MDX pages (a page's file is `${PAGES_DIR}/<id>.mdx`). */
export const PAGES_DIR = 'content/pages';

/** Every path the verifier reads: the data files and folders, and the seeds. */
export const PROVENANCE_INPUTS: readonly string[] = [...Object.values(DATA_FILES), `${SEEDS_DIR}/`];

/** A seed file as a repository path: "seeds/000_b5c7f87383f3bf3a.txt". */
export function seedPath(file: string): string {
  return `${SEEDS_DIR}/${file}`;
}
