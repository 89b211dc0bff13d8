/**
 * Citation strings for pages, figures, charts and seed documents, generated at build time with
 * citation-js: APA 7 (bundled with @citation-js/plugin-csl), MLA 9 and Chicago author-date
 * (CSL files kept in ./styles, CC BY-SA 3.0, loaded offline) and a BibTeX entry.
 *
 * Pure: no Astro, no git, no clock. Callers pass every date, so tests can fix them.
 */
import { Cite, plugins } from '@citation-js/core';
import { formatAccessed, type AccessedStyle } from './access-date';
import '@citation-js/plugin-csl';
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
  /** The styled formats as HTML, titles in <i> as APA, MLA and Chicago ask (shown, and copied as rich text). */
  html: Record<StyledFormat, string>;
}
export type StyledFormat = 'apa' | 'mla' | 'chicago';

/** A format a reader can copy. */
export type CiteFormat = StyledFormat | 'bibtex';

export const FORMAT_LABELS: Record<CiteFormat, string> = {
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
  /**
   * Day the reader read it. The build cannot know it: the cite box passes READ_ON_DAY_OF_COPY, which
   * leaves a token per date style for the box to show as "[the date you read it]" and its script to
   * fill with today's date (see accessedParts); files without it (.bib/.ris downloads) omit it.
   */
  accessed?: string;
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

/** `accessed` for the cite box: the day the reader copies the citation, filled in by the browser. */
export const READ_ON_DAY_OF_COPY = 'day-of-copy';

const accessedToken = (style: AccessedStyle) => `\u27E6accessed:${style}\u27E7`;
const ACCESSED_TOKEN = /^\u27E6accessed:(us|long|iso)\u27E7$/;

/** Text with access-date tokens split out: strings stay text, tokens become the style to fill in. */
export function accessedParts(text: string): (string | { accessed: AccessedStyle })[] {
  return text
    .split(/(\u27E6accessed:(?:us|long|iso)\u27E7)/)
    .filter((part) => part !== '')
    .map((part) => {
      const match = ACCESSED_TOKEN.exec(part);
      return match ? { accessed: match[1] as AccessedStyle } : part;
    });
}

/** The access date in a style: the real day, or the token the cite box fills in. */
function accessedIn(accessed: string, style: AccessedStyle): string {
  return accessed === READ_ON_DAY_OF_COPY ? accessedToken(style) : formatAccessed(accessed, style);
}

function dateParts(day: string): { 'date-parts': number[][] } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) throw new Error(`citation date "${day}" is not YYYY-MM-DD`);
  return { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] };
}

/** BibTeX keys: letters, digits and underscores only (citation-js replaces a key with other characters). */
function bibtexKey(id: string, prefix = 'explainer'): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9]+/g, '_')}`;
}

function personOrOrganisation(name: string): Record<string, string> {
  // Organisations and single names stay literal, so no style inverts "… contributors".
  if (/contributors|\.com$/i.test(name)) return { literal: name };
  // Honorifics are not part of a name in a reference list ("Dr. Cenk TAMER" → Tamer, C.).
  const parts = name
    .trim()
    .replace(/^(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+/i, '')
    .split(/\s+/);
  if (parts.length < 2) return { literal: name };
  // A surname printed in capitals (a byline convention) is written in normal case.
  const family = parts.at(-1)!;
  const normal =
    family === family.toUpperCase() && family.length > 1 ? family[0] + family.slice(1).toLowerCase() : family;
  return { family: normal, given: parts.slice(0, -1).join(' ') };
}

/** The entry inside citation-js's HTML bibliography (`<div class="csl-entry">…</div>`). */
function entryHtml(html: string): string {
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];
  if (entry === undefined) throw new Error(`citation-js HTML without a csl-entry: ${html}`);
  return entry.trim();
}

/**
 * The same work is cited on several routes of one build (its page, its cite box, the figure and
 * version pages, the .bib and .ris files), and citeproc was a fifth of the build's CPU time: each
 * distinct item is rendered once per process. `render` is pure (no clock, no state), so the cache
 * cannot go stale; keys are the item's JSON.
 */
const rendered = new Map<string, Omit<Citations, 'bibtex'>>();
function render(item: Record<string, unknown>): Omit<Citations, 'bibtex'> {
  const key = JSON.stringify(item);
  const known = rendered.get(key);
  if (known) return { ...known, html: { ...known.html } };
  const fresh = renderUncached(item);
  rendered.set(key, fresh);
  return { ...fresh, html: { ...fresh.html } };
}

function renderUncached(item: Record<string, unknown>): Omit<Citations, 'bibtex'> {
  const cite = new Cite(keepDomainCase(item));
  const format = (template: string, as: 'text' | 'html') =>
    String(cite.format('bibliography', { template, format: as, lang: 'en-US' })).trim();
  const templates: Record<StyledFormat, string> = { apa: 'apa', mla: STYLE_IDS.mla, chicago: STYLE_IDS.chicago };
  const styled = (Object.keys(templates) as StyledFormat[]).map(
    (key) => [key, format(templates[key], 'text'), entryHtml(format(templates[key], 'html'))] as const,
  );
  return {
    apa: styled[0]![1],
    mla: styled[1]![1],
    chicago: styled[2]![1],
    html: { apa: styled[0]![2], mla: styled[1]![2], chicago: styled[2]![2] },
  };
}

/** Styles title-case titles ("KumDi.com" → "KumDi.Com"); a site's domain name keeps its own casing (CSL nocase). */
function keepDomainCase(item: Record<string, unknown>): Record<string, unknown> {
  const protect = (text: unknown) =>
    typeof text === 'string' ? text.replace(/\b[\w-]+\.com\b/g, (name) => `<span class="nocase">${name}</span>`) : text;
  return { ...item, title: protect(item.title), 'container-title': protect(item['container-title']) };
}

/** Text for HTML, as citation-js escapes it (& < > as numeric references). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/*
 * BibTeX and RIS are written here rather than by citation-js: its BibTeX output gives a web page
 * `month = {nov 22}` (not a BibTeX month) and its URL twice (url and howpublished), with no option
 * to change either, and its RIS plugin does not support citation-js 0.9. A page's entry carries
 * the classic fields (year, month, note: read by BibTeX styles such as unsrt and plain) and the
 * biblatex ones (date with the day, urldate), which biber and Zotero's importer read.
 */
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function dayParts(day: string): [number, number, number] {
  const parts = dateParts(day)['date-parts'][0]!;
  return [parts[0]!, parts[1]!, parts[2]!];
}

/** Typographic characters as LaTeX commands: classic BibTeX stops on non-ASCII text ("128 isn't valid ASCII"). */
const TEX_TYPOGRAPHY: Record<string, string> = {
  '\u2013': '{\\textendash}',
  '\u2014': '{\\textemdash}',
  '\u2018': '{\\textquoteleft}',
  '\u2019': '{\\textquoteright}',
  '\u201C': '{\\textquotedblleft}',
  '\u201D': '{\\textquotedblright}',
  '\u2026': '{\\textellipsis}',
  '\u00A0': '~',
};

/** Text for a braced BibTeX value: LaTeX's special characters escaped, typographic ones as commands. */
function tex(text: string): string {
  return text
    .replace(
      /[\\{}&%$#_~^]/g,
      (c) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[c] ?? `\\${c}`,
    )
    .replace(/[\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u00A0]/g, (c) => TEX_TYPOGRAPHY[c]!);
}

/** A title whose capitals survive sentence-casing styles: each word with a capital braced ("{US} tariffs on {India}"). Bracing the whole title instead is read by Zotero's importer as a mistake and undone. */
function protectCapitals(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => (/[A-Z]/.test(word) ? `{${tex(word)}}` : tex(word)))
    .join('');
}

/** braced: {text}; name: {{An Organisation}} (one name, never split); title: capitals protected; bare: a macro such as a month. */
type BibField = [name: string, value: string, form?: 'braced' | 'name' | 'title' | 'bare'];

function bibtexEntry(type: string, key: string, fields: BibField[]): string {
  const value = ([, text, form = 'braced']: BibField) =>
    form === 'bare'
      ? text
      : form === 'name'
        ? `{{${tex(text)}}}`
        : form === 'title'
          ? `{${protectCapitals(text)}}`
          : `{${tex(text)}}`;
  const verbatim = (name: string) => name === 'url' || name === 'urldate' || name === 'date';
  const line = (field: BibField) => `\t${field[0]} = ${verbatim(field[0]) ? `{${field[1]}}` : value(field)},`;
  return [`@${type}{${key},`, ...fields.map(line), '}'].join('\n');
}

/**
 * BibTeX for a page, figure or chart, read by three kinds of client at once:
 * - biblatex (biber): @online, the website's name in `organization` (what its @online driver
 *   prints), the day in `date`, the access day in `urldate`;
 * - classic BibTeX styles (plain, alpha, apalike, natbib): they know no @online and format it as
 *   @misc, with a warning, printing `howpublished`, `year`, `month` and the days in `note`;
 * - Zotero's BibTeX importer: @online makes a web page (@misc makes a generic document), and it
 *   takes the website's name from `journaltitle`, the day from `date`, the access day from `urldate`.
 * Each client ignores the fields it does not read, so the site's name is given once per reader.
 * The organisation is one braced name, never split into a person.
 */
export function bibtexForWork(work: CiteWork): string {
  const [year, month] = dayParts(work.updated);
  const version = `Version of ${formatAccessed(work.updated, 'long')}`;
  return bibtexEntry('online', bibtexKey(work.id), [
    ['author', work.author, 'name'],
    ['title', work.title, 'title'],
    ['organization', work.siteName],
    ['howpublished', work.siteName],
    ['journaltitle', work.siteName],
    ...(work.genre ? [['type', work.genre] as BibField] : []),
    ['year', String(year)],
    ['month', BIBTEX_MONTHS[month - 1]!, 'bare'],
    ['date', formatAccessed(work.updated, 'iso')],
    ['url', work.url],
    ...(work.accessed ? [['urldate', accessedIn(work.accessed, 'iso')] as BibField] : []),
    ['note', work.accessed ? `${version}; accessed ${accessedIn(work.accessed, 'long')}` : version],
  ]);
}

function bibtexAuthor(seed: CiteSeed): BibField {
  if (!seed.author) return ['author', seed.publisher, 'name'];
  const name = personOrOrganisation(seed.author);
  return name.family ? ['author', `${name.family}, ${name.given}`] : ['author', seed.author, 'name'];
}

/** BibTeX for a seed document: @article when it states a year (BibTeX requires one), else @misc marked undated. */
export function bibtexForSeed(seed: CiteSeed): string {
  const key = bibtexKey(seed.id, 'source');
  if (seed.year)
    return bibtexEntry('article', key, [
      bibtexAuthor(seed),
      ['title', seed.title, 'title'],
      ['journal', seed.publisher],
      ['year', String(seed.year)],
    ]);
  return bibtexEntry('misc', key, [
    bibtexAuthor(seed),
    ['title', seed.title, 'title'],
    ['howpublished', seed.publisher],
    ['note', 'Undated'],
  ]);
}

function risRecord(fields: [tag: string, value: string][]): string {
  return [
    ...fields.filter(([, value]) => value !== '').map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ')}`),
    'ER  - ',
    '',
  ].join('\r\n');
}

const slash = (day: string) =>
  dayParts(day)
    .map((n) => String(n).padStart(2, '0'))
    .join('/');

/**
 * RIS (Zotero, EndNote, Mendeley) for a page, figure or chart: ELEC with the version date, and
 * the access date (Y2) when there is one. A group author has no comma: RIS readers take a name
 * without "Last, First" as one corporate name.
 */
export function risForWork(work: CiteWork): string {
  return risRecord([
    ['TY', 'ELEC'],
    ['AU', work.author],
    ['TI', work.title],
    ['T2', work.siteName],
    ['M3', work.genre ?? ''],
    ['PY', String(dayParts(work.updated)[0])],
    ['DA', slash(work.updated)],
    ['Y2', work.accessed && work.accessed !== READ_ON_DAY_OF_COPY ? slash(work.accessed) : ''],
    ['UR', work.url],
    ['LA', work.language ?? 'en'],
  ]);
}

/** RIS for a seed document: NEWS, with the byline or the publisher as author. */
export function risForSeed(seed: CiteSeed): string {
  const name = seed.author ? personOrOrganisation(seed.author) : undefined;
  return risRecord([
    ['TY', 'NEWS'],
    ['AU', name?.family ? `${name.family}, ${name.given}` : (seed.author ?? seed.publisher)],
    ['TI', seed.title],
    ['T2', seed.publisher],
    ['PY', seed.year ? String(seed.year) : ''],
  ]);
}

/**
 * APA 7 §9.16: a page "designed to change over time" and not archived takes a retrieval date.
 * Our pages change (see the changelog), but the APA CSL style prints "Retrieved … from" only for
 * undated items, so add it here: "… Retrieved April 2, 2026, from https://…". `url` is as the
 * citation writes it (escaped in HTML).
 */
function withRetrieval(apa: string, url: string, accessed: string | undefined): string {
  if (!apa.endsWith(url)) throw new Error(`APA citation does not end with its URL ${url}: ${apa}`);
  if (!accessed) return apa;
  return `${apa.slice(0, -url.length)}Retrieved ${accessedIn(accessed, 'us')}, from ${url}`;
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
    URL: work.url,
    language: work.language ?? 'en',
    ...(work.genre ? { genre: work.genre } : {}),
  });
  return {
    ...citations,
    apa: withRetrieval(citations.apa, work.url, work.accessed),
    html: { ...citations.html, apa: withRetrieval(citations.html.apa, escapeHtml(work.url), work.accessed) },
    bibtex: bibtexForWork(work),
  };
}

/** A seed document (no URL is known for the originals; the site names the line separately). */
export function citeSeed(seed: CiteSeed): Citations {
  return { ...renderSeed(seed), bibtex: bibtexForSeed(seed) };
}

function renderSeed(seed: CiteSeed): Omit<Citations, 'bibtex'> {
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
