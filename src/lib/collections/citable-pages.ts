/**
 * Every page a student might cite, with its title, description and the files whose git history
 * dates it: the MDX source of a content page, or the data a reference page is built from (the
 * timeline from events, the glossary from glossary.yaml, …). Reference pages take their title and
 * description from here, so the page, its head metadata and its .bib/.ris files cannot disagree.
 * Search and 404 are not citable and are not listed.
 */
import type { Source, Theme } from '../provenance/schema';
import { themesWithEvents } from '../site/timeline';
import { THEME_LABEL } from '../provenance/themes';
import { allEvents, allSources } from './data';
import { allPages } from './pages';
import { pathsHistory, type FileHistory } from '../cite/git';
import { REFERENCE_PAGES, type ReferencePath } from '../site/reference-pages';

export interface CitablePage {
  /** Stable key: the .bib/.ris file name and BibTeX key ("tariffs", "timeline-crude", "sources-aljazeera"). */
  key: string;
  /** Site path without the base, with a trailing slash ('' for the home page). */
  path: string;
  title: string;
  description: string;
  /** Repository paths (files, or folders ending in "/") the page shows. */
  data: string[];
  /** Topic pages are articles; reference pages are web pages built from data. */
  kind: 'article' | 'website';
  /** A source page also cites the original article, at #ORIGINAL_CITATION_ANCHOR. */
  citesOriginal?: boolean;
}

/** Where a source page's "Cite the original article" block is. */
export const ORIGINAL_CITATION_ANCHOR = 'cite-original';

/** /timeline/<theme>/ */
export function timelineThemePage(theme: Theme): CitablePage {
  const label = THEME_LABEL[theme];
  return {
    key: `timeline-${theme}`,
    path: `timeline/${theme}/`,
    title: `Timeline: ${label}`,
    description: `The main dated events on ${label.toLowerCase()} in the sources, in order, with the lines that state them.`,
    data: ['content/data/events/'],
    kind: 'website',
  };
}

/** /sources/<id>/: the seed itself, its catalogue entry and the lines marked unused. */
export function sourcePage(source: Source): CitablePage {
  // "(Hindustan Times, as republished …)", not parentheses nested inside parentheses.
  const publisher = source.publisher.replace(/ \((.*)\)$/, ', $1');
  return {
    key: `sources-${source.id}`,
    path: `sources/${source.id}/`,
    title: `Source: ${source.publisher}`,
    description: `What the site uses from “${source.headline}” (${publisher}), line by line, with its caveats.`,
    data: ['content/data/sources.yaml', 'content/data/unused-lines.yaml', 'seeds/'],
    kind: 'website',
    citesOriginal: true,
  };
}

export async function citablePages(): Promise<CitablePage[]> {
  const content = (await allPages()).map((entry): CitablePage => ({
    key: entry.id === 'index' ? 'home' : entry.id,
    path: entry.id === 'index' ? '' : `${entry.id}/`,
    title: entry.data.title,
    description: entry.data.description,
    data: [(entry.filePath ?? `content/pages/${entry.id}.mdx`).replace(/^\.\//, '')],
    kind: 'article',
  }));
  const reference = (Object.entries(REFERENCE_PAGES) as [ReferencePath, (typeof REFERENCE_PAGES)[ReferencePath]][]).map(
    ([path, page]): CitablePage => ({ ...page, path, kind: 'website' }),
  );
  const themes = themesWithEvents(await allEvents()).map(timelineThemePage);
  const sources = (await allSources()).map(sourcePage);
  return [...content, ...reference, ...themes, ...sources];
}

/** The citable page at a site path (without the base), if there is one. */
export async function citablePageAt(path: string): Promise<CitablePage | undefined> {
  const wanted = path.replace(/^\/+/, '');
  return (await citablePages()).find((page) => page.path === wanted);
}

/** First publication and last update of a page: the git history of what it shows. */
export function citablePageHistory(page: CitablePage): FileHistory {
  return pathsHistory(page.data);
}
