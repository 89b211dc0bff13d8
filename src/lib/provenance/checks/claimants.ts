/**
 * Who says so: a figure or event whose cited sentence attributes the statement to a party ("Trump
 * announced", "officials said", "reportedly", "according to") must carry `claimedBy`, so every
 * place that prints it names the claimant, or `ownVoice`, saying why the site may state it in
 * its own voice. Without one of them, a one-party claim would read as the site's own fact.
 */
import type { SeedRef } from '../schema';
import type { VerifyError } from '../types';
import { normaliseForMatch } from '../text';
import { truncate, type CheckContext, type DatasetCheck } from './check';

/** Words by which a line gives a statement to someone other than its own reporter. */
export const ATTRIBUTION_WORDS =
  /\b(?:announc(?:e|es|ed|ing|ement)|said|says|saying|wrote|writes|claim(?:s|ed|ing)?|reportedly|according to|told|tells|pledg(?:e|es|ed|ing)|vow(?:s|ed)?|asserted|stated|insisted)\b/i;

/**
 * The sentence of the cited line that holds the quote: what the line says about the quoted
 * words. Not the whole line: a seed line can be a long paragraph whose other sentences attribute
 * other statements (ankasam:17 "stated", then facts in the reporter's own voice).
 */
export function quotedSentence(line: string, quote: string): string {
  const text = normaliseForMatch(line);
  const start = text.indexOf(normaliseForMatch(quote));
  if (start < 0) return normaliseForMatch(quote);
  const end = start + normaliseForMatch(quote).length;
  const before = text.slice(0, start).search(/[.!?]["')\]]?\s+[^.!?]*$/);
  const after = text.slice(end).search(/[.!?]["')\]]?(?:\s|$)/);
  return text.slice(before < 0 ? 0 : before + 1, after < 0 ? text.length : end + after + 1).trim();
}

/** The first attributing words in the sentences that hold the quotes, with the line they are on. */
export function attributionIn(
  refs: readonly SeedRef[],
  lineOf: (ref: SeedRef) => string,
): { ref: SeedRef; words: string; sentence: string } | undefined {
  for (const ref of refs) {
    const sentence = quotedSentence(lineOf(ref), ref.quote);
    const words = ATTRIBUTION_WORDS.exec(sentence)?.[0];
    if (words) return { ref, words, sentence };
  }
  return undefined;
}

export const checkClaimants: DatasetCheck = ({ data, seeds, fileOf }: CheckContext): VerifyError[] => {
  const errors: VerifyError[] = [];
  const entries = [
    ...data.figures.map((f) => ({
      collection: 'figures' as const,
      entry: f,
      refs: f.kind === 'sourced' ? [f.source] : [],
    })),
    ...data.events.map((e) => ({ collection: 'events' as const, entry: e, refs: e.sources })),
  ];
  for (const { collection, entry, refs } of entries) {
    if (entry.claimedBy || entry.ownVoice) continue;
    const found = attributionIn(refs, (ref) => seeds.get(ref.seed)?.lines[ref.line - 1] ?? ref.quote);
    if (!found) continue;
    const at = `${found.ref.seed}:${found.ref.line}`;
    const expected = 'a claim its line gives to someone names them';
    const foundText = `"${found.words}" in "${truncate(found.sentence, 160)}", and neither \`claimedBy\` nor \`ownVoice\``;
    const fix =
      'add `claimedBy: { who: <the party>, verb: <announced | said | …> }`, or `ownVoice: <why the site may state it in its own voice>`';
    errors.push({
      file: fileOf(collection, entry.id),
      id: entry.id,
      code: 'claimant',
      at,
      expected,
      found: foundText,
      fix,
      message: `the sentence it cites on ${at} attributes the statement to a party. Expected: ${expected}. Found: ${foundText}. Fix: ${fix}.`,
    });
  }
  return errors;
};
