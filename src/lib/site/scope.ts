/**
 * What the whole site rests on, for the scope line at the top of every page: how many source
 * articles there are, the latest month any of them is dated to (as the sources page dates them,
 * from `published` in content/data/sources.yaml), and which are content-farm articles.
 */
import type { Source } from '../provenance/schema';
import { MONTHS } from '../provenance/text';

export interface SourcesScope {
  /** The count in words ("five"), so the line reads as prose rather than a statistic. */
  countWord: string;
  /** "February 2026": the latest month named in any source's dating. */
  newestMonth: string;
  /** The publishers of content-farm articles (unsigned, unsourced), flagged where each page first uses them. */
  contentFarms: string[];
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The words in which the sources page dates a source: the stated date with its reading, or the implied one. */
export function datingText(source: Source): string {
  const p = source.published;
  return 'line' in p ? `${p.stated} ${p.reading}` : p.implied;
}

/**
 * The latest "Month YYYY" (optionally "D Month YYYY") in a text, as [year, monthIndex], or undefined.
 * A dating names the window a source was written in, so its latest month is the newest it can be.
 */
export function latestMonthIn(text: string): [number, number] | undefined {
  const pattern = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{4})\\b`, 'g');
  let best: [number, number] | undefined;
  for (const m of text.matchAll(pattern)) {
    const found: [number, number] = [Number(m[2]), MONTHS.indexOf(m[1] as (typeof MONTHS)[number])];
    if (!best || found[0] > best[0] || (found[0] === best[0] && found[1] > best[1])) best = found;
  }
  return best;
}

export function sourcesScope(sources: Source[]): SourcesScope {
  // A dating without "Month YYYY" ("before the end of 2025") cannot be the newest month; skip it.
  const months = sources.flatMap((s) => {
    const m = latestMonthIn(datingText(s));
    return m ? [m] : [];
  });
  if (months.length === 0) {
    throw new Error('content/data/sources.yaml: no source\'s published dating names a "Month YYYY"; expected one.');
  }
  const [year, month] = months.reduce((a, b) => (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? b : a));
  return {
    countWord: COUNT_WORDS[sources.length] ?? String(sources.length),
    newestMonth: `${MONTHS[month]} ${year}`,
    contentFarms: sources.filter((s) => s.kind === 'content-farm article').map((s) => s.publisher),
  };
}
