/**
 * What a citation mark's preview says (and what print shows in its place): the source, its
 * date as the source gives it, the cited line, and the absolute URL of that line on this site.
 */
import type { CitationKey } from '../provenance/citations';
import { parseSeedKey } from '../provenance/citations';
import { formatFigure } from '../provenance/format';
import { excerpt, getFigure, getSource, seedLine, sourceLabel } from '../site/data';
import { absoluteUrl, citationHref } from '../site/urls';

export interface CitationPreview {
  source: string;
  quote: string;
  url: string;
}

export async function citationPreview(key: CitationKey): Promise<CitationPreview> {
  const url = absoluteUrl(citationHref(key));
  const parsed = parseSeedKey(key);
  if (parsed) {
    const source = await getSource(parsed.seed);
    const date = source.published.stated === 'not stated' ? 'undated' : `dated “${source.published.stated}” as printed`;
    return {
      source: `${sourceLabel(source)}, “${source.headline}” (${date}), line ${parsed.line}:`,
      // The start of the line, as a teaser: the mark links to the whole line, and every mark on a
      // page carries its own preview, so the length is paid many times (home page budget: 16 KB gzip).
      quote: `“${excerpt(seedLine(parsed.seed, parsed.line), 200)}”`,
      url,
    };
  }
  const figure = await getFigure(key.slice('figure:'.length));
  const formula = figure.kind === 'derived' ? figure.formula : '';
  return { source: `Derived figure: ${figure.measures}`, quote: `${formatFigure(figure)}, computed as ${formula}`, url };
}
