/**
 * A quote exactly as the source line writes it. The data may type a quote with straight quotes
 * or plain spaces (the verifier matches after `normaliseForMatch`), but a download promises the
 * source's own bytes, so a reuser can find it with `grep -F`: curly quotes, dashes and no-break
 * spaces come back from the line itself.
 */
import { normaliseForMatch } from '../provenance/text';

const SPACE = /[\s\u00A0\u2007\u202F]/;

/** The normalised line with, for each of its characters, the index in the original line. */
function normalisedWithMap(text: string): { normal: string; map: number[] } {
  let normal = '';
  const map: number[] = [];
  for (let i = 0; i < text.length;) {
    if (SPACE.test(text[i]!)) {
      normal += ' ';
      map.push(i);
      while (i < text.length && SPACE.test(text[i]!)) i++;
      continue;
    }
    normal += normaliseForMatch(text[i]!) || text[i]!;
    map.push(i);
    i++;
  }
  return { normal, map };
}

/** The words of `line` that `quote` matches, byte for byte; `quote` itself when the line does not contain it. */
export function verbatimQuote(quote: string, line: string): string {
  const wanted = normaliseForMatch(quote);
  if (!wanted) return quote;
  const { normal, map } = normalisedWithMap(line);
  const at = normal.indexOf(wanted);
  if (at < 0) return quote;
  return line.slice(map[at]!, map[at + wanted.length - 1]! + 1);
}

/** Rows with `seed`, `line` and `quote`, their quotes made byte-exact from `lineText`. */
export function verbatimRows<Row extends { seed: string; line: number; quote: string }>(
  rows: readonly Row[],
  lineText: (seed: string, line: number) => string,
): Row[] {
  return rows.map((row) => ({ ...row, quote: verbatimQuote(row.quote, lineText(row.seed, row.line)) }));
}
