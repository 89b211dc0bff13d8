/**
 * Quantities in reader-facing text: numbers written with digits and quantities written in words.
 * One finder serves the MDX check (src/lib/remark/), the data-prose check (data-prose.ts) and the
 * tests, so "a quantity" means the same thing everywhere. Pure: no file system, no Astro.
 *
 * In words, a quantity is: a multiplier ("twice", "doubled", "halved", "fivefold", "three-fold"),
 * "half", a fraction of something ("a third of", "two-thirds"), a scale word ("million",
 * "hundred", "dozen", "lakh", "crore"), or a number word followed by a unit ("fifty percent",
 * "six months", "two years"). Counting words that state no quantity pass: "one of the first",
 * "the two leaders", "the two countries", "a third country", "one day" (the idiom). A number word
 * before a countable noun is a count, not a measure, and is allowed: units are measures only.
 */
import { maskDigitNames } from './digit-names';
import { NUMBER_SOURCE, normaliseForMatch, numbersIn } from './text';

export interface Quantity {
  /** The words or digits as written: "45%", "doubled", "two million". */
  text: string;
  /** Offset in the text given (names like "S-400" are masked, offsets unchanged). */
  index: number;
  kind: 'digits' | 'words';
}

const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALE_WORD = 'hundreds?|thousands?|millions?|billions?|trillions?|lakhs?|crores?|dozens?';
const UNIT_WORD =
  'per ?cent|percent|percentage points?|points?|%|times|years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century|dollars?|rupees?|barrels?|tonnes?|tons?|miles?|kilometres?|kilometers?|km';
const MULTIPLIER =
  'twice|thrice|half|halved|halving|halves|double|doubled|doubles|doubling|triple|tripled|triples|tripling|quadruple|quadrupled|quadrupling';
const FRACTION = 'thirds?|quarters?|fifths?|tenths?';

const WORD_PATTERNS: RegExp[] = [
  // "twice", "doubled", "half"
  new RegExp(`\\b(?:${MULTIPLIER})\\b`, 'gi'),
  // "fivefold", "three-fold", "10-fold"
  new RegExp(`\\b(?:(?:${NUMBER_WORD}|hundred|thousand|\\p{Nd}+)[- ]?fold)\\b`, 'giu'),
  // "a third of", "one quarter of", "two-thirds", "three quarters"
  new RegExp(`\\b(?:(?:a|one) (?:${FRACTION}) of|(?:${NUMBER_WORD})[- ](?:thirds|quarters|fifths|tenths))\\b`, 'gi'),
  // "two million", "a hundred", "millions of", "dozens"
  new RegExp(`\\b(?:(?:${NUMBER_WORD}|a|an|several|many)[- ])?(?:${SCALE_WORD})\\b`, 'gi'),
  // "fifty percent", "six months", "twenty-five per cent" (not the idiom "one day")
  new RegExp(`\\b(?!one day\\b)(?:${NUMBER_WORD})(?:[- ](?:${NUMBER_WORD}))? (?:${UNIT_WORD})(?![\\w])`, 'gi'),
];

/** Digits of any script ("45%", "٥٠%", "５０%"), with times and decimals ("1:30", "2.5") and a percent sign. */
const DIGIT_PATTERN = /\p{Nd}+(?:[.,:]\p{Nd}+)*(?:\s?[%٪％]|\s?per ?cent)?/gu;
const PERCENT_SUFFIX = /\s?(?:[%٪％]|per ?cent)$/;
const WHOLE_NUMBER = new RegExp(`^${NUMBER_SOURCE}$`, 'u');

/** Every quantity in `text`, digits and words, in order of appearance; overlapping word matches are merged. */
export function findQuantities(text: string): Quantity[] {
  const masked = maskDigitNames(text);
  const found: Quantity[] = [];
  for (const match of masked.matchAll(DIGIT_PATTERN))
    found.push({ text: match[0], index: match.index, kind: 'digits' });
  for (const pattern of WORD_PATTERNS) {
    for (const match of masked.matchAll(pattern)) found.push({ text: match[0], index: match.index, kind: 'words' });
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  // Keep the longest match where two overlap ("two million" over "million").
  return found.filter((q, i) => !found.slice(0, i).some((p) => q.index < p.index + p.text.length));
}

/** Words reduced to a common stem, so "doubled", "doubles" and "doubling" are one word. */
function stems(text: string): string {
  return ` ${normaliseForMatch(text)
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/[^a-z0-9%]+/)
    .filter(Boolean)
    .map((w) => w.replace(/(ing|ed|es|e|s)$/, ''))
    .join(' ')} `;
}

/**
 * Is this quantity stated by one of the quotes? Digits must occur as the same number; words must
 * occur as the same words (case, dashes and endings aside), so "doubling" is allowed only where
 * a quote says "double", "doubled" or "doubling".
 */
export function quantityInQuotes(quantity: Quantity, quotes: readonly string[]): boolean {
  const normal = (s: string) => normaliseForMatch(s).toLowerCase().replace(/-/g, ' ');
  if (quantity.kind === 'digits') {
    const bare = quantity.text.replace(PERCENT_SUFFIX, '');
    // One number ("1,000", "٥٠"): the same number in a quote, whatever its script. Else ("1:30"): the same text.
    const value = WHOLE_NUMBER.test(bare) ? numbersIn(bare)[0] : undefined;
    return quotes.some((q) =>
      value !== undefined
        ? numbersIn(maskDigitNames(normaliseForMatch(q))).includes(value)
        : normal(q).includes(normal(quantity.text)),
    );
  }
  return quotes.some((q) => stems(q).includes(stems(quantity.text)));
}
