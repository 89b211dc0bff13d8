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
  return asciiDigits(text)
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0\u2007\u202F]+/g, ' ')
    .trim();
}

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * The value of a decimal digit in any script ("٥", "５", "𝟓" → 5). Unicode lays each script's
 * digits out as runs of ten, zero first, so the value is the distance from the run's start, mod 10.
 */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0)!;
  let start = code;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}

/** Digits of every script as ASCII digits, so "٥٠%" reads as "50%" to every number check. */
export function asciiDigits(text: string): string {
  return text.replace(/(?![0-9])\p{Nd}/gu, (digit) => String(digitValue(digit)));
}

/** Every number written with digits in a text: "$66 billion" → [66]; "1,000" → [1000]; "50% to 18%" → [50, 18]. */
export function numbersIn(text: string): number[] {
  const matches = normaliseForMatch(text).match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? [];
  return matches.map((m) => Number(m.replace(/,/g, '')));
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
