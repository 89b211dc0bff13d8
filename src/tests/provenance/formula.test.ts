import { describe, expect, test } from 'vitest';
import { evaluateFormula, formulaInputs, formulaInWords } from '../../lib/provenance/formula';

describe('derived-figure formulas', () => {
  test('evaluates arithmetic over figure ids with precedence and parentheses', () => {
    expect(evaluateFormula('trade-2024 / 5', { 'trade-2024': 66 })).toBeCloseTo(13.2);
    expect(evaluateFormula('(a + b) * 2 - c', { a: 1, b: 2, c: 1 })).toBe(5);
    expect(evaluateFormula('a - b', { a: 10, b: 4 })).toBe(6);
  });

  test('lists the ids a formula uses, once each', () => {
    expect(formulaInputs('a-b / 5 + a-b')).toEqual(['a-b']);
  });

  test('names an unknown id and rejects syntax it cannot read', () => {
    expect(() => evaluateFormula('missing / 5', {})).toThrow(/"missing", which is not a known figure/);
    expect(() => evaluateFormula('a / ', { a: 1 })).toThrow(/ends too early/);
    expect(() => evaluateFormula('a ^ 2', { a: 1 })).toThrow(/cannot read formula/);
    expect(() => evaluateFormula('(a', { a: 1 })).toThrow(/missing "\)"/);
  });

  test('writes a formula in reader words, with no figure id left in it', () => {
    const nameOf = (id: string) => `[${id.toUpperCase()}]`;
    expect(formulaInWords('trade-2024 / 5', nameOf)).toBe('[TRADE-2024] divided by five');
    expect(formulaInWords('(a + b) * 12 - c', nameOf)).toBe('([A] plus [B]) times 12 minus [C]');
  });
});
