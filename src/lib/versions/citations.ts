/**
 * "Cite this version": the citation of a page's permanent versions (frozen copies at
 * /v/<date>/<page>/, src/lib/versions/), beside the citation of the live page. A version is dated
 * by its release, the day in its URL, in every format and file, and takes no access date: it does
 * not change (APA 7 §9.16 asks a retrieval date only of pages that do). Before the first release
 * no page has a version, and nothing here shows.
 */
import type { Manifest, PageVersion } from './freeze';
import { versionPath } from './freeze';
import { formatLongDay } from '../cite/dates';
import { bibtexForWork, citeWork, risForWork, type Citations, type CiteWork } from '../cite/format';
import { absoluteSiteUrl, siteWork } from '../cite/site-work';

/** What a version's citation needs of its page: the key of its files and its site path. */
export interface VersionedPage {
  key: string;
  /** Site path without the base ("tariffs/", "" for home). */
  path: string;
}

/** The version to cite beside the live page: the newest frozen one, if the page has been released. */
export function latestVersion(manifest: Manifest, page: VersionedPage): PageVersion | undefined {
  return manifest.pages[page.path]?.at(-1);
}

/** A version as a work: its own URL, title as frozen, release day, and a key of its own ("tariffs-2026-12-01"). */
export function versionWork(page: VersionedPage, version: PageVersion): CiteWork {
  return siteWork({
    id: `${page.key}-${version.date}`,
    title: version.title,
    url: absoluteSiteUrl(versionPath(version.date, page.path)),
    updated: version.date,
  });
}

/** APA, MLA, Chicago and BibTeX for a version. */
export function citeVersion(page: VersionedPage, version: PageVersion): Citations {
  return citeWork(versionWork(page, version));
}

/** A version's .bib and .ris files (served at versionCitationPath, src/pages/cite/v/). */
export function versionCitationFiles(page: VersionedPage, version: PageVersion): { bib: string; ris: string } {
  const work = versionWork(page, version);
  return { bib: `${bibtexForWork(work)}\n`, ris: risForWork(work) };
}

/** Every version of the given pages, for the routes that serve their files (a frozen page links its own). */
export function allVersions<P extends VersionedPage>(
  manifest: Manifest,
  pages: P[],
): { page: P; version: PageVersion }[] {
  return pages.flatMap((page) => (manifest.pages[page.path] ?? []).map((version) => ({ page, version })));
}

const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A frozen page's own cite box cites the version, as its citation_* tags and its .bib and .ris
 * do: the version's URL and release day in APA, MLA, Chicago and BibTeX, and no access date (the
 * version does not change). The live page's box, as built, cites the live page. Called by the
 * release on each page it freezes; a page without a cite box is returned unchanged.
 */
export function citeBoxForVersion(html: string, path: string, version: PageVersion): string {
  const key = /<section class="cite-this" id="cite-([^"]+)"/.exec(html)?.[1];
  if (!key) return html;
  const citations = citeVersion({ key, path }, version);
  const id = escapeRegExp(`cite-${key}`);
  let out = html;
  for (const format of ['apa', 'mla', 'chicago'] as const)
    out = out.replace(
      new RegExp(`(<p class="cite-text" id="${id}-${format}">)[\\s\\S]*?(</p>)`),
      (_, open: string, close: string) => `${open}${citations.html[format]}${close}`,
    );
  out = out.replace(
    new RegExp(`(<pre class="cite-text" id="${id}-bibtex">)[\\s\\S]*?(</pre>)`),
    (_, open: string, close: string) => `${open}${escapeHtml(citations.bibtex)}${close}`,
  );
  return out.replace(
    new RegExp(`(<section class="cite-this" id="${id}"[\\s\\S]*?<p class="cite-note">)[\\s\\S]*?(</p>)`),
    (_, open: string, close: string) =>
      `${open}Version of <time datetime="${version.date}">${formatLongDay(version.date)}</time>, kept unchanged at this address.${close}`,
  );
}
