/** What the dev server's live verifier shows (src/integrations/provenance.ts): Astro's error type, a real file, a hint. */
import { describe, expect, it } from 'vitest';
import { AstroError } from 'astro/errors';
import { entryLine, hintFor, isProvenanceInput, provenanceFault } from '../../integrations/provenance';
import { FINDING_CODES } from '../../lib/provenance/dataset';

describe('live provenance messages', () => {
  it('re-verifies for data files and seeds only', () => {
    expect(isProvenanceInput('/p', '/p/content/data/figures/trade.yaml')).toBe(true);
    expect(isProvenanceInput('/p', '/p/seeds/000_b5c7f87383f3bf3a.txt')).toBe(true);
    expect(isProvenanceInput('/p', '/p/content/pages/tariffs.mdx')).toBe(false);
    expect(isProvenanceInput('/p', '/p/src/styles/global.css')).toBe(false);
  });

  it("one AstroError for all problems: every line names file › id, the hint says what to do, the location is the first problem's file", () => {
    const fault = provenanceFault([
      { file: 'content/data/figures/trade.yaml', id: 'india-russia-trade-2024', message: 'quote not found on hindustantimes:13. Expected the line to contain "x"; the line reads "y"', code: 'quote-not-found' },
      { file: 'content/data/events/tariffs.yaml', id: 'tariff-deadline', message: 'date 2025-09: expected the month\'s name in "…"', code: 'date-not-in-words' },
    ]);
    expect(fault).toBeInstanceOf(AstroError);
    expect(fault!.title).toBe('Provenance verification failed');
    expect(fault!.message).toBe(
      'Provenance verification failed (2 problems):\ncontent/data/figures/trade.yaml › india-russia-trade-2024: quote not found on hindustantimes:13. Expected the line to contain "x"; the line reads "y"\ncontent/data/events/tariffs.yaml › tariff-deadline: date 2025-09: expected the month\'s name in "…"',
    );
    expect(fault!.hint).toMatch(/^Open content\/data\/figures\/trade\.yaml and find the entry `id: india-russia-trade-2024`\. Copy the quote exactly/);
    expect(fault!.loc).toEqual({ file: 'content/data/figures/trade.yaml' });
    expect(provenanceFault([])).toBeUndefined();
  });

  it('hints are chosen by the problem\'s code, not its wording', () => {
    const hint = (code: (typeof FINDING_CODES)[number], message = 'any words') => hintFor({ file: 'content/data/figures/x.yaml', id: 'a', message, code });
    expect(hint('seed-changed')).toMatch(/^Seeds are never edited/);
    expect(hint('boilerplate')).toMatch(/page furniture/);
    expect(hint('unhedged-exact')).toMatch(/hedge/);
    expect(hint('value-not-in-quote')).toMatch(/value agree/);
    // The same words under another code get that code's hint: rewording a message cannot change its hint.
    expect(hint('date-not-in-words', 'value 67 does not occur in its quote')).toMatch(/no more precise than the quoted words/);
  });

  it('finds the line where an entry starts, for the overlay', () => {
    expect(entryLine('# x\n\n- id: a\n  value: 1\n- id: b-c # note\n', 'b-c')).toBe(5);
    expect(entryLine('- id: a\n', 'missing')).toBe(0);
  });
});

describe('hints in the overlay', () => {
  it('name the real seed line and hold no angle brackets (the overlay renders hints as HTML)', () => {
    const hint = hintFor({ file: 'content/data/figures/trade.yaml', id: 'india-russia-trade-2024', message: 'quote not found on hindustantimes:13. Expected …', code: 'quote-not-found' });
    expect(hint).toContain('`npm run figure -- hindustantimes:13 "words from the line"`');
    for (const code of FINDING_CODES) {
      expect(hintFor({ file: 'content/data/figures/x.yaml', id: 'a', message: 'quote not found on aljazeera:4', code }), code).not.toMatch(/[<>]/);
    }
  });
});
