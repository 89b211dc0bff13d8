/**
 * Citations for this site's pages, figures and charts: joins the pure formatter (format.ts) with
 * the site's identity (SITE), git dates (git.ts) and the seed catalogue (sources.yaml).
 */
import { SITE } from '../../config/site';
import type { Source } from '../provenance/schema';
import type { SeedLine } from '../provenance/lineage';
import { getSource, sourceLabel } from './data';
import { absoluteUrl, sourceLineHref, withBase } from '../site/urls';
import { bibtexForWork, citeSeed, citeWork, READ_ON_DAY_OF_COPY, risForWork, statedYear } from '../cite/format';
import type { Citations } from '../cite/format';
import { sourceTitle } from '../provenance/format';
import { siteWork, type SiteWorkOptions } from '../cite/site-work';
import { citationDates } from '../cite/dates';
import { citablePageHistory, type CitablePage } from './citable-pages';
import { fileHistory, type FileHistory } from '../cite/git';

export interface SeedCitation {
  seed: string;
  label: string;
  /** The lines relied on, each with this site's copy of the line (the originals' URLs are not in the seeds). */
  lines: { line: number; href: string }[];
  citations: Citations;
}

/** Link to a file in the repository at an exact commit (or the default branch without history). */
export function sourceAtCommit(path: string, commit: string | null): string {
  return `${SITE.repository}/blob/${commit ?? 'HEAD'}/${path}`;
}

/** Citations for the cite box: the access date is left for the reader's browser to fill in. */
export function citeOnSite(opts: SiteWorkOptions): Citations {
  return citeWork({ ...siteWork(opts), accessed: READ_ON_DAY_OF_COPY });
}

export { siteWork };

/**
 * A citable page's .bib and .ris files, dated by the git history of what it shows. Static files
 * carry no access date; the cite box's download links add the day of download (cite-client.ts).
 */
export function pageCitationFiles(page: CitablePage): { bib: string; ris: string } {
  const { version } = citationDates(citablePageHistory(page));
  const work = siteWork({ id: page.key, title: page.title, url: withBase(page.path), updated: version });
  return { bib: `${bibtexForWork(work)}\n`, ris: risForWork(work) };
}

export function seedCitationsFor(source: Source): Citations {
  return citeSeed({
    id: source.id,
    title: sourceTitle(source).text,
    publisher: sourceLabel(source),
    ...(source.author ? { author: source.author } : {}),
    ...(statedYear(source.published.stated) ? { year: statedYear(source.published.stated)! } : {}),
  });
}

/** Citations for the seed documents behind a figure or chart: one per seed, with its lines. */
export async function seedCitations(refs: SeedLine[]): Promise<SeedCitation[]> {
  const bySeed = new Map<string, SeedCitation>();
  for (const ref of refs) {
    let entry = bySeed.get(ref.seed);
    if (!entry) {
      const source = await getSource(ref.seed);
      entry = { seed: ref.seed, label: sourceLabel(source), lines: [], citations: seedCitationsFor(source) };
      bySeed.set(ref.seed, entry);
    }
    if (!entry.lines.some((l) => l.line === ref.line))
      entry.lines.push({ line: ref.line, href: sourceLineHref(ref.seed, ref.line) });
  }
  for (const entry of bySeed.values()) entry.lines.sort((a, b) => a.line - b.line);
  return [...bySeed.values()];
}

export interface PageVersion {
  /** Repository path of the page's MDX source. */
  file: string;
  history: FileHistory;
  /** The MDX source at the exact commit of the last update. */
  sourceUrl: string;
  canonical: string;
}

/** Version facts for a content page (entry from the `pages` collection). */
export function pageVersion(entry: { id: string; filePath?: string | undefined }, pagePath: string): PageVersion {
  const file = (entry.filePath ?? `content/pages/${entry.id}.mdx`).replace(/^\.\//, '');
  const history = fileHistory(file);
  return { file, history, sourceUrl: sourceAtCommit(file, history.commit), canonical: absoluteUrl(pagePath) };
}
