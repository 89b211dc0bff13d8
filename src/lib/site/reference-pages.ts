/**
 * The reference pages with fixed addresses (timeline, disagreements, glossary, …): their titles,
 * descriptions and the data each is built from. The pages, their head metadata, their citations
 * and the site footer all read them here.
 */
import { DATA_FILES, SEEDS_DIR } from '../provenance/data-files';

export interface ReferencePage {
  /** Stable key: the .bib/.ris file name and BibTeX key. */
  key: string;
  title: string;
  description: string;
  /** Repository paths (files, or folders ending in "/") the page is built from, for its dates. */
  data: string[];
}

export type ReferencePath =
  'timeline/' | 'disagreements/' | 'glossary/' | 'people/' | 'figures/' | 'charts/' | 'sources/' | 'changelog/';

/** The reference pages with fixed addresses. */
export const REFERENCE_PAGES: Record<ReferencePath, ReferencePage> = {
  'timeline/': {
    key: 'timeline',
    title: 'Timeline',
    description:
      'The main dated events in the sources, oldest first, with how precisely each date is known and the lines that state it.',
    data: [DATA_FILES.events],
  },
  'disagreements/': {
    key: 'disagreements',
    title: 'Where the sources disagree',
    description:
      'Each point on which the five sources differ, what each one says in its own words, and which reading this site follows and why.',
    data: [DATA_FILES.conflicts],
  },
  'glossary/': {
    key: 'glossary',
    title: 'Glossary',
    description:
      'The terms, acronyms and groupings a newcomer meets on this site, explained as far as the sources explain them, plus general meanings labelled as our own explanation.',
    data: [DATA_FILES.glossary],
  },
  'people/': {
    key: 'people',
    title: 'People',
    description:
      'Who is who in the sources: the leaders, officials and analysts named on this site, described only as the sources describe them.',
    data: [DATA_FILES.people],
  },
  'figures/': {
    key: 'figures',
    title: 'All figures',
    description:
      'Every figure on this site, with the source line and words that state it, or the inputs and formula it is derived from.',
    data: [DATA_FILES.figures],
  },
  'charts/': {
    key: 'charts',
    title: 'Charts',
    description:
      "Charts of US tariffs on India, India–Russia trade and India's Russian crude purchases, each mark linked to the source line behind it.",
    data: [DATA_FILES.charts, DATA_FILES.figures, DATA_FILES.events],
  },
  'sources/': {
    key: 'sources',
    title: 'Sources',
    description:
      'The five documents this site is built from, with what each is, its date, and the caveats a careful reader should know.',
    data: [DATA_FILES.sources, `${SEEDS_DIR}/`],
  },
  'changelog/': {
    key: 'changelog',
    title: 'Changelog',
    description:
      'What changed on which page of this site, newest first: each published version of a page, and each correction or clarification, in plain words.',
    data: ['content/'],
  },
};

/** Props a reference page passes to BaseLayout: `<BaseLayout {...referencePage('timeline/')}>`. */
export function referencePage(path: ReferencePath): { title: string; description: string } {
  const page = REFERENCE_PAGES[path];
  return { title: page.title, description: page.description };
}
