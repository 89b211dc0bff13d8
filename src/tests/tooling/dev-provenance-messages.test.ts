/** What the dev server's live verifier shows (src/integrations/provenance.ts): Astro's error type, a real file, a hint. */
import { describe, expect, it } from 'vitest';
import { AstroError } from 'astro/errors';
import { entryLine, hintFor, isProvenanceInput, provenanceFault } from '../../integrations/provenance';

describe('live provenance messages', () => {
  it('re-verifies for data files and seeds only', () => {
    expect(isProvenanceInput('/p', '/p/content/data/figures/trade.yaml')).toBe(true);
    expect(isProvenanceInput('/p', '/p/seeds/000_b5c7f87383f3bf3a.txt')).toBe(true);
    expect(isProvenanceInput('/p', '/p/content/pages/tariffs.mdx')).toBe(false);
    expect(isProvenanceInput('/p', '/p/src/styles/global.css')).toBe(false);
  });

  it("one AstroError for all problems: every line names file › id, the hint says what to do, the location is the first problem's file", () => {
    const fault = provenanceFault([
      { file: 'content/data/figures/trade.yaml', id: 'india-russia-trade-2024', message: 'quote not found on hindustantimes:13. Expected the line to contain "x"; the line reads "y"' },
      { file: 'content/data/events/tariffs.yaml', id: 'tariff-deadline', message: 'date 2025-09: expected the month\'s name in "…"' },
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

  it('hints fit the kind of problem', () => {
    const hint = (message: string) => hintFor({ file: 'content/data/figures/x.yaml', id: 'a', message });
    expect(hint('seeds/001_f0c4a1d288accc22.txt has changed: expected sha256 …')).toMatch(/^Seeds are never edited/);
    expect(hint('cites hindustantimes:44, which is page boilerplate')).toMatch(/page furniture/);
    expect(hint('bound is "exact" but the quote hedges ("nearly …"); set bound: nearly')).toMatch(/hedge/);
    expect(hint('value 67 does not occur in its quote')).toMatch(/value agree/);
  });

  it('finds the line where an entry starts, for the overlay', () => {
    expect(entryLine('# x\n\n- id: a\n  value: 1\n- id: b-c # note\n', 'b-c')).toBe(5);
    expect(entryLine('- id: a\n', 'missing')).toBe(0);
  });
});

describe('hints in the overlay', () => {
  it('name the real seed line and hold no angle brackets (the overlay renders hints as HTML)', () => {
    const hint = hintFor({ file: 'content/data/figures/trade.yaml', id: 'india-russia-trade-2024', message: 'quote not found on hindustantimes:13. Expected …' });
    expect(hint).toContain('`npm run figure -- hindustantimes:13 "words from the line"`');
    for (const message of ['quote not found on aljazeera:4', 'seeds/x.txt has changed: expected sha256', 'which is page boilerplate', 'bound is "exact"', 'value 1 does not occur in its quote', 'date 2025', 'anything else']) {
      expect(hintFor({ file: 'content/data/figures/x.yaml', id: 'a', message })).not.toMatch(/[<>]/);
    }
  });
});
