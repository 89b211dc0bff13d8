/** What the dev server's live verifier shows (src/integrations/provenance.ts): Astro's error type, a real file, a hint. */
import { describe, expect, it } from 'vitest';
import { AstroError } from 'astro/errors';
import { entryLine, hintFor, isProvenanceInput, provenanceFault } from '../../integrations/provenance';
import { loadProject } from '../../lib/provenance/load';
import { verifyDataset } from '../../lib/provenance/verify';
import type { ErrorCode } from '../../lib/provenance/types';
import { ROOT } from '../helpers/project';

describe('live provenance messages', () => {
  it('re-verifies for data files and seeds only', () => {
    expect(isProvenanceInput('/p', '/p/content/data/figures/trade.yaml')).toBe(true);
    expect(isProvenanceInput('/p', '/p/seeds/000_b5c7f87383f3bf3a.txt')).toBe(true);
    expect(isProvenanceInput('/p', '/p/content/pages/tariffs.mdx')).toBe(false);
    expect(isProvenanceInput('/p', '/p/src/styles/global.css')).toBe(false);
  });

  it("one AstroError for all problems: every line names file › id, the hint says what to do, the location is the first problem's file", () => {
    const fault = provenanceFault([
      {
        file: 'content/data/figures/trade.yaml',
        id: 'india-russia-trade-2024',
        message: 'quote not found on hindustantimes:13. Expected the line to contain "x"; the line reads "y"',
        code: 'quote-not-found',
        at: 'hindustantimes:13',
      },
      {
        file: 'content/data/events/tariffs.yaml',
        id: 'tariff-deadline',
        message: 'date 2025-09: expected the month\'s name in "…"',
        code: 'date',
      },
    ]);
    expect(fault).toBeInstanceOf(AstroError);
    expect(fault!.title).toBe('Provenance verification failed');
    expect(fault!.message).toBe(
      'Provenance verification failed (2 problems):\ncontent/data/figures/trade.yaml › india-russia-trade-2024: quote not found on hindustantimes:13. Expected the line to contain "x"; the line reads "y"\ncontent/data/events/tariffs.yaml › tariff-deadline: date 2025-09: expected the month\'s name in "…"',
    );
    expect(fault!.hint).toMatch(
      /^Open content\/data\/figures\/trade\.yaml and find the entry `id: india-russia-trade-2024`\. Copy the quote exactly/,
    );
    expect(fault!.loc).toEqual({ file: 'content/data/figures/trade.yaml' });
    expect(provenanceFault([])).toBeUndefined();
  });

  it('hints fit the kind of problem, chosen by its code and not by the wording', () => {
    const hint = (code: ErrorCode | undefined, message = 'any wording') =>
      hintFor({ file: 'content/data/figures/x.yaml', id: 'a', message, code });
    expect(hint('seed-changed')).toMatch(/^Seeds are never edited/);
    expect(hint('boilerplate')).toMatch(/page furniture/);
    expect(hint('bound')).toMatch(/hedge/);
    expect(hint('value-not-in-quote')).toMatch(/value agree/);
    expect(hint('claimant')).toMatch(/claimedBy.*ownVoice/);
    // A message that reads like another kind gets the hint of its code, or the general one.
    expect(hint('date', 'bound is "exact" but the quote hedges')).toMatch(/date may be no more precise/);
    expect(hint(undefined, 'bound is "exact" but the quote hedges')).toMatch(/CONTRIBUTING.md §4/);
  });

  it('the real checks give each kind its code', () => {
    const project = loadProject(ROOT);
    const data = structuredClone(project.data);
    const figure = data.figures.find((f) => f.id === 'india-russia-trade-2024')!;
    figure.value = 67;
    if (figure.kind === 'sourced') figure.source.line += 1;
    const errors = verifyDataset(data, project.seeds, project.origins).filter((e) => e.id === figure.id);
    expect(errors.map((e) => e.code)).toEqual(expect.arrayContaining(['quote-not-found', 'value-not-in-quote']));
    const quote = errors.find((e) => e.code === 'quote-not-found')!;
    expect(hintFor(quote)).toContain(`npm run figure -- ${quote.at}`);
  });

  it('finds the line where an entry starts, for the overlay', () => {
    expect(entryLine('# x\n\n- id: a\n  value: 1\n- id: b-c # note\n', 'b-c')).toBe(5);
    expect(entryLine('- id: a\n', 'missing')).toBe(0);
  });
});

describe('hints in the overlay', () => {
  it('name the real seed line and hold no angle brackets (the overlay renders hints as HTML)', () => {
    const hint = hintFor({
      file: 'content/data/figures/trade.yaml',
      id: 'india-russia-trade-2024',
      message: 'quote not found',
      code: 'quote-not-found',
      at: 'hindustantimes:13',
    });
    expect(hint).toContain('`npm run figure -- hindustantimes:13 "words from the line"`');
    const codes: (ErrorCode | undefined)[] = [
      'seed-changed',
      'quote-not-found',
      'boilerplate',
      'bound',
      'value-not-in-quote',
      'derived-recompute',
      'date',
      'claimant',
      undefined,
    ];
    for (const code of codes)
      expect(hintFor({ file: 'content/data/figures/x.yaml', id: 'a', message: 'm', code })).not.toMatch(/[<>]/);
  });
});
