/** URLs inside the site, always under the configured base path. */
import type { CitationKey } from '../provenance/citations';
import { parseSeedKey } from '../provenance/citations';

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** "/sources/" → "/base/sources/". Paths are given without the base and with a trailing slash. */
export function withBase(path: string): string {
  return `${BASE}${path.replace(/^\/+/, '')}`;
}

export function sourceLineHref(seed: string, line: number): string {
  return withBase(`sources/${seed}/#L${line}`);
}

export function figureHref(id: string): string {
  return withBase(`figures/#figure-${id}`);
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
