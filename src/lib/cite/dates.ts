/** Dates as readers see them in "last updated" lines and the changelog: "22 November 2026". */
import { MONTHS } from '../provenance/text';

export function formatLongDay(isoDay: string): string {
  const [y, m, d] = isoDay.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) throw new Error(`formatLongDay: "${isoDay}" is not YYYY-MM-DD`);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Highwire Press / Google Scholar form: "2026/11/22". */
export function slashDay(isoDay: string): string {
  return isoDay.slice(0, 10).replace(/-/g, '/');
}

/**
 * The dates of a citable page, from one git history (src/lib/cite/pages.ts, citablePageHistory),
 * so that the cite box, the citation_* and Open Graph metadata, JSON-LD, the .bib and the .ris all
 * give the same day. A page that changes is cited at its latest version: `version` is the date
 * every citation states; `published` (first publication) appears only in JSON-LD and "first published".
 */
export interface CitationDates {
  /** ISO 8601 instant of the last update: the version cited. */
  version: string;
  /** ISO 8601 instant of first publication. */
  published: string;
}

export function citationDates(history: { published: string; updated: string }): CitationDates {
  return { version: history.updated, published: history.published };
}
