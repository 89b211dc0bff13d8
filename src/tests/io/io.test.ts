/** The download writers: CSV cells, null numbers, and quotes restored byte for byte from the source line. */
import { describe, expect, test } from 'vitest';
import { toCsv, toJson } from '../../lib/io/csv';
import { verbatimQuote, verbatimRows } from '../../lib/io/verbatim';

describe('toCsv', () => {
  test('quotes cells with commas, quotes or line breaks, and writes null as an empty cell', () => {
    expect(toCsv([{ a: 'x, y', b: 'say "hi"', c: null, d: 3 }])).toBe('a,b,c,d\n"x, y","say ""hi""",,3\n');
  });
  test('keeps null in JSON', () => {
    expect(JSON.parse(toJson({ line: null })).line).toBeNull();
  });
});

describe('verbatimQuote', () => {
  const line = 'And after Russia’s full-scale invasion, it was “unjustified”, with [vii]\u00a0a note.';
  test('restores curly quotes and a no-break space from the line', () => {
    expect(verbatimQuote("after Russia's full-scale invasion", line)).toBe('after Russia’s full-scale invasion');
    expect(verbatimQuote('it was "unjustified"', line)).toBe('it was “unjustified”');
    expect(verbatimQuote('[vii] a note', line)).toBe('[vii]\u00a0a note');
    expect(line).toContain(verbatimQuote('[vii] a note', line));
  });
  test("leaves an exact quote alone, and returns the data's words when the line lacks them", () => {
    expect(verbatimQuote('full-scale invasion', line)).toBe('full-scale invasion');
    expect(verbatimQuote('not on the line', line)).toBe('not on the line');
  });
  test("verbatimRows fixes every row's quote from its line", () => {
    expect(verbatimRows([{ seed: 's', line: 1, quote: "Russia's" }], () => line)[0]!.quote).toBe('Russia’s');
  });
});
