/**
 * Citation strings for pages, figures, charts and seed documents, generated at build time with
 * citation-js: APA 7 (bundled with @citation-js/plugin-csl), MLA 9 and Chicago author-date
 * (CSL files kept in ./styles, CC BY-SA 3.0, loaded offline) and a BibTeX entry.
 *
 * Pure: no Astro, no git, no clock. Callers pass every date, so tests can fix them.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import mlaStyle from './styles/modern-language-association.csl?raw';
import chicagoStyle from './styles/chicago-author-date.csl?raw';

export const STYLE_IDS = { mla: 'mla-9', chicago: 'chicago-author-date-17' } as const;

interface CslConfig {
  styles: { add(name: string, xml: string): void; has(name: string): boolean };
}
const csl = plugins.config.get('@csl') as CslConfig;
if (!csl.styles.has(STYLE_IDS.mla)) csl.styles.add(STYLE_IDS.mla, mlaStyle);
if (!csl.styles.has(STYLE_IDS.chicago)) csl.styles.add(STYLE_IDS.chicago, chicagoStyle);

/** The four formats a reader can copy. Order here is the order on the page. */
export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string;
}

export const FORMAT_LABELS: Record<keyof Citations, string> = {
  apa: 'APA 7',
  mla: 'MLA 9',
  chicago: 'Chicago (author-date)',
  bibtex: 'BibTeX',
};

/** A calendar date as 'YYYY-MM-DD' (UTC). */
export type IsoDay = `${number}-${number}-${number}`;

export interface CiteWork {
  /** Stable key, used for the BibTeX key and CSL id ("tariffs", "figure-us-tariff-india-50"). */
  id: string;
  title: string;
  /** Absolute URL of the page or the figure's anchor. */
  url: string;
  /** Organisation that wrote it (SITE.author). */
  author: string;
  /** The website's name (SITE.name). */
  siteName: string;
  /** Date of the version cited: the page's last update. */
  updated: string;
  /** Day the reader saw it: the build date (the HTML is static). */
  accessed: string;
  /** Shown in brackets by APA ("[Figure]", "[Chart]", "[Data set]"). */
  genre?: string;
  language?: string;
}

/** A seed document: the source a figure's number comes from. */
export interface CiteSeed {
  id: string;
  title: string;
  /** A person, when the source names one. */
  author?: string;
  publisher: string;
  /** Year the source states, if any; many seeds state no date ("n.d."). */
  year?: number;
}

function dateParts(day: string): { 'date-parts': number[][] } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) throw new Error(`citation date "${day}" is not YYYY-MM-DD`);
  return { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] };
}

/** BibTeX keys: letters, digits and underscores only (citation-js replaces a key with other characters). */
function bibtexKey(id: string, prefix = 'explainer'): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9]+/g, "_")}`;
}

function personOrOrganisation(name: string): Record<string, string> {
  // Organisations and single names stay literal, so no style inverts "… contributors".
  if (/contributors|\.com$/i.test(name)) return { literal: name };
  // Honorifics are not part of a name in a reference list ("Dr. Cenk TAMER" → Tamer, C.).
  const parts = name.trim().replace(/^(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+/i, '').split(/\s+/);
  if (parts.length < 2) return { literal: name };
  // A surname printed in capitals (a byline convention) is written in normal case.
  const family = parts.at(-1)!;
  const normal = family === family.toUpperCase() && family.length > 1 ? family[0] + family.slice(1).toLowerCase() : family;
  return { family: normal, given: parts.slice(0, -1).join(' ') };
}

function render(item: Record<string, unknown>): Citations {
  const cite = new Cite(item);
  const text = (template: string) =>
    String(cite.format('bibliography', { template, format: 'text', lang: 'en-US' })).trim();
  return {
    apa: text('apa'),
    mla: text(STYLE_IDS.mla),
    chicago: text(STYLE_IDS.chicago),
    bibtex: String(cite.format('bibtex')).trim(),
  };
}

const US_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * APA 7 §9.16: a page "designed to change over time" and not archived takes a retrieval date.
 * Our pages change (see the changelog), but the APA CSL style prints "Retrieved … from" only for
 * undated items, so add it here: "… Retrieved April 2, 2026, from https://…".
 */
function withRetrieval(apa: string, url: string, accessed: string): string {
  const [y, m, d] = accessed.split('-').map(Number);
  if (!apa.endsWith(url)) throw new Error(`APA citation does not end with its URL ${url}: ${apa}`);
  return `${apa.slice(0, -url.length)}Retrieved ${US_MONTHS[m! - 1]} ${d}, ${y}, from ${url}`;
}

/** A page, figure or chart on this site. */
export function citeWork(work: CiteWork): Citations {
  const citations = render({
    id: work.id,
    'citation-key': bibtexKey(work.id),
    type: 'webpage',
    title: work.title,
    'container-title': work.siteName,
    author: [{ literal: work.author }],
    issued: dateParts(work.updated),
    accessed: dateParts(work.accessed),
    URL: work.url,
    language: work.language ?? 'en',
    ...(work.genre ? { genre: work.genre } : {}),
  });
  return { ...citations, apa: withRetrieval(citations.apa, work.url, work.accessed) };
}

/** A seed document (no URL is known for the originals; the site names the line separately). */
export function citeSeed(seed: CiteSeed): Citations {
  return render({
    id: seed.id,
    'citation-key': bibtexKey(seed.id, 'source'),
    type: 'article-newspaper',
    title: seed.title,
    'container-title': seed.publisher,
    // No byline → no author: styles then lead with the title, as APA/MLA/Chicago ask.
    ...(seed.author ? { author: [personOrOrganisation(seed.author)] } : {}),
    ...(seed.year ? { issued: { 'date-parts': [[seed.year]] } } : {}),
  });
}

/** The year a source states, from sources.yaml `published.stated` ("01-05-2025" → 2025; "not stated" → undefined). */
export function statedYear(stated: string | undefined): number | undefined {
  const years = stated?.match(/\b(19|20)\d{2}\b/g);
  return years && years.length === 1 ? Number(years[0]) : undefined;
}
