/**
 * What a citation mark's preview says: the source, its date as the source gives it, and the start
 * of the cited line. (The mark itself links to the line; print lists the full URLs as endnotes.)
 */
import type { CitationKey } from '../provenance/citations';
import { parseSeedKey } from '../provenance/citations';
import { derivationInWords, formatFigure, sourceTitle } from '../provenance/format';

/** “Headline” in quotation marks, or the bracketed description of an untitled report. */
const titleOf = (source: Parameters<typeof sourceTitle>[0]) => {
  const title = sourceTitle(source);
  return title.stated ? `“${title.text}”` : title.text;
};
import { allFigures, excerpt, getFigure, getSource, seedLine, sourceLabel } from './data';

export interface CitationPreview {
  source: string;
  quote: string;
}

export async function citationPreview(key: CitationKey): Promise<CitationPreview> {
  const parsed = parseSeedKey(key);
  if (parsed) {
    const source = await getSource(parsed.seed);
    const date = source.published.stated === 'not stated' ? 'undated' : `dated “${source.published.stated}” as printed`;
    return {
      source: `${sourceLabel(source)}, ${titleOf(source)} (${date}), line ${parsed.line}:`,
      // The start of the line, as a teaser: the mark links to the whole line, and each line's
      // preview is paid once per page (home page budget: 16 KB gzip).
      quote: `“${excerpt(seedLine(parsed.seed, parsed.line), 140)}”`,
    };
  }
  const figure = await getFigure(key.slice('figure:'.length));
  const figures = new Map((await allFigures()).map((f) => [f.id, f]));
  const workings = derivationInWords(figure, (id) => figures.get(id));
  return { source: `Derived figure: ${figure.measures}`, quote: `${formatFigure(figure)}, computed as ${workings}` };
}
