/**
 * Text helpers shared by the verifier, the remark check and the components.
 * Pure functions: no file system, no Astro.
 */

/**
 * Normalise only what a careful copy-paste changes without changing meaning:
 * whitespace, typographic quotes and dashes. Letters, digits and punctuation otherwise
 * must match exactly, so a changed digit in a quote is always caught.
 */
export function normaliseForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0\u2007\u202F]+/g, ' ')
    .trim();
}

/**
 * A number written with digits of any script: ASCII "50", Arabic-Indic "٥٠", Devanagari "५०",
 * full-width "５０". Readers see each as a number, so every check counts each as one. The one
 * pattern for a number: numbersIn and the quantity finder (quantities.ts) both build on it.
 */
export const NUMBER_SOURCE = String.raw`\p{Nd}+(?:,\p{Nd}{3})*(?:\.\p{Nd}+)?`;

/**
 * A string of decimal digits of any script as ASCII digits. Unicode keeps each script's digits
 * as one run of ten code points, 0 to 9 (runs may sit side by side, always in whole tens), so a
 * digit's value is its distance from the start of its run, modulo ten.
 */
export function asciiDigits(text: string): string {
  const isDigit = (codePoint: number) => codePoint >= 0 && /^\p{Nd}$/u.test(String.fromCodePoint(codePoint));
  return text.replace(/\p{Nd}/gu, (digit) => {
    const codePoint = digit.codePointAt(0)!;
    let start = codePoint;
    while (isDigit(start - 1)) start--;
    return String((codePoint - start) % 10);
  });
}

/** Every number written with digits in a text: "$66 billion" → [66]; "1,000" → [1000]; "٥٠% to 18%" → [50, 18]. */
export function numbersIn(text: string): number[] {
  const matches = normaliseForMatch(text).match(new RegExp(NUMBER_SOURCE, 'gu')) ?? [];
  return matches.map((m) => Number(asciiDigits(m).replace(/,/g, '')));
}

/** Words in a quote that justify a bound. The figure's hedge must be the source's hedge. */
export const BOUND_WORDS = {
  exact: null,
  about: /\b(about|around|approximately|roughly|some)\b/i,
  over: /\b(over|more than|above|upwards of)\b/i,
  nearly: /\b(nearly|almost|close to)\b/i,
  'less-than': /\b(less than|under|below|fewer than)\b/i,
  'up-to': /\bup to\b/i,
} as const;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Does the text name this month (full name, or the usual three-letter abbreviation)? */
export function mentionsMonth(text: string, month: number): boolean {
  const name = MONTHS[month - 1];
  if (!name) return false;
  const pattern = new RegExp(`\\b(${name}|${name.slice(0, 3)}\\.?)\\b`);
  return pattern.test(text);
}
