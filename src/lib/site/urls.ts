/**
 * URLs inside the site, always under the configured base path, and the element ids they point
 * at: every page, anchor and download is named here once, so a template never types "#conflict-…".
 */
import type { CitationKey } from '../provenance/citations';
import { parseSeedKey } from '../provenance/citations';
import { SITE } from '../../config/site';

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** "/sources/" → "/base/sources/". Paths are given without the base and with a trailing slash. */
export function withBase(path: string): string {
  return `${BASE}${path.replace(/^\/+/, '')}`;
}

export function sourceLineHref(seed: string, line: number): string {
  return withBase(`sources/${seed}/#L${line}`);
}

/** Element ids of the things other pages link to. */
export const ANCHOR = {
  figure: (id: string) => `figure-${id}`,
  chart: (id: string) => `chart-${id}`,
  /** The chart anchor before it was renamed (confusable with <Fig> figures); still on the page so published links land. */
  chartLegacy: (id: string) => `fig-${id}`,
  event: (id: string) => `event-${id}`,
  conflict: (id: string) => `conflict-${id}`,
  glossary: (id: string) => id,
  person: (id: string) => id,
} as const;

export function figureHref(id: string): string {
  return withBase(`figures/#${ANCHOR.figure(id)}`);
}

export function chartHref(id: string): string {
  return withBase(`charts/#${ANCHOR.chart(id)}`);
}

/** Where a chart's downloads live: /charts/<id>.csv, .json, .svg (wide) and .narrow.svg (phones). */
export function chartFileHref(id: string, extension: 'csv' | 'json' | 'svg' | 'narrow.svg'): string {
  return withBase(`charts/${id}.${extension}`);
}

/** A chart's embed page, for other sites' iframes: /embed/<id>/. */
export function chartEmbedHref(id: string): string {
  return withBase(`embed/${id}/`);
}

export function eventHref(id: string): string {
  return withBase(`timeline/#${ANCHOR.event(id)}`);
}

export function conflictHref(id: string): string {
  return withBase(`disagreements/#${ANCHOR.conflict(id)}`);
}

/** Without the base: pagesMentioning() matches it inside page links. */
export function glossaryPath(id: string): string {
  return `glossary/#${ANCHOR.glossary(id)}`;
}

export function glossaryHref(id: string): string {
  return withBase(glossaryPath(id));
}

export function personPath(id: string): string {
  return `people/#${ANCHOR.person(id)}`;
}

export function personHref(id: string): string {
  return withBase(personPath(id));
}

export function sourceHref(seed: string): string {
  return withBase(`sources/${seed}/`);
}

export function pageHref(slug: string): string {
  return slug === 'index' ? withBase('') : withBase(`${slug}/`);
}

/** Where a citation mark leads: the seed line itself, or a derived figure's workings. */
export function citationHref(key: CitationKey): string {
  if (key.startsWith('figure:')) return figureHref(key.slice('figure:'.length));
  const parsed = parseSeedKey(key);
  if (!parsed) throw new Error(`citationHref: "${key}" is neither "seed:line" nor "figure:id"`);
  return sourceLineHref(parsed.seed, parsed.line);
}

/** The site's dataset files: /data/figures.csv, /data/events.json, … */
export function dataFileHref(name: 'figures' | 'events' | 'conflicts', extension: 'csv' | 'json'): string {
  return withBase(`data/${name}.${extension}`);
}

/** A page's citation as a file: /cite/<key>.bib (BibTeX) or .ris (Zotero, EndNote, Mendeley). */
export function pageCitationHref(key: string, extension: 'bib' | 'ris'): string {
  return withBase(`cite/${key}.${extension}`);
}

/** A content page's Markdown twin: /tariffs/index.md, /index.md for the home page. */
export function markdownTwinHref(slug: string): string {
  return slug === 'index' ? withBase('index.md') : withBase(`${slug}/index.md`);
}

/** "https://host/base/x/" from a site path that already includes the base ("/base/x/"). */
export function absoluteUrl(path: string): string {
  return new URL(path, `${SITE.url}/`).href;
}
