/**
 * Numbers in reader-facing text (a glossary definition, a person's role, a chart label) must each
 * occur in one of the quotes behind it. Names with digits (DIGIT_NAMES: "S-400", …) are not
 * numbers, in the text or in the quotes.
 */
import { DIGIT_NAMES } from '../digit-names';
import { numbersIn } from '../text';
import { truncate } from './check';

const NAMED = new RegExp(DIGIT_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/** Numbers written with digits in `text` that none of `quotes` contains. */
export function unquotedNumbers(text: string, quotes: string[]): number[] {
  const allowed = new Set(quotes.flatMap((quote) => numbersIn(quote.replace(NAMED, ''))));
  return numbersIn(text.replace(NAMED, '')).filter((n) => !allowed.has(n));
}

export function checkNumbersQuoted(text: string, quotes: string[]): string[] {
  return unquotedNumbers(text, quotes).map(
    (n) => `the text "${truncate(text, 120)}" contains ${n}, which is in none of its quotes; quote the words that state it`,
  );
}
