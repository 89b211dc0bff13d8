/** Every page's "In short" reads at Flesch–Kincaid grade 10 or below (`npm run readability` prints the table). */
import { describe, expect, test } from 'vitest';
import { inShortText, MAX_IN_SHORT_GRADE, readability } from '../../lib/editorial/readability';
import { readPages } from '../../lib/coverage/pages';
import { parseMdx } from '../../lib/remark/parse';
import { loadProject } from '../../lib/provenance/load';
import { ROOT } from '../helpers/project';

const project = loadProject(ROOT);
const pages = [...readPages(ROOT)].map(([file, text]) => ({ file, text: inShortText(parseMdx(text), project) })).filter((p) => p.text !== undefined);

describe('readability of "In short"', () => {
  test('the measure ranks plain text below dense text (the test can fail)', () => {
    expect(readability('The cat sat on the mat. It was warm. The sun was out.').grade).toBeLessThan(3);
    const dense = readability('Notwithstanding considerable institutional reluctance, the administration systematically implemented extraordinarily consequential protectionist countermeasures.');
    expect(dense.grade).toBeGreaterThan(MAX_IN_SHORT_GRADE);
  });

  test('citation components read as what they print', () => {
    const text = inShortText(parseMdx('## In short\n\nThe rate rose to <Fig id="us-tariff-india-50" />.<Cite at="aljazeera:4" />\n\n## Next\n\nNot this.\n'), project);
    expect(text).toBe('The rate rose to 50%.');
  });

  test('pages have an "In short" to measure', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  test.each(pages.map((p) => [p.file, p.text!] as const))('%s: "In short" is at grade 10 or below', (file, text) => {
    const { grade } = readability(text);
    expect(grade, `${file}: "In short" is at Flesch–Kincaid grade ${grade.toFixed(1)}; expected ≤ ${MAX_IN_SHORT_GRADE}. Fix: shorter sentences, plainer words.`).toBeLessThanOrEqual(MAX_IN_SHORT_GRADE);
  });
});
