/** checkDoubledHedges: no hedge word before a <Fig> that already prints its bound. */
import { describe, expect, test } from 'vitest';
import { checkDoubledHedges } from '../../lib/remark/check-doubled-hedges';
import { loadProject } from '../../lib/provenance/load';
import { ROOT } from '../helpers/project';
import { parseMdx } from './parse';

const project = loadProject(ROOT);
const messages = (mdx: string) =>
  checkDoubledHedges(parseMdx(mdx), project).map((p) => `${p.line}:${p.column} ${p.message}`);
const hedged = project.data.figures.find((f) => f.bound === 'nearly')!;
const exact = project.data.figures.find((f) => f.bound === 'exact')!;

describe('doubled hedges', () => {
  test('"about" before a figure bound "nearly" fails, naming what readers would see', () => {
    const [message, ...rest] = messages(`India imports about <Fig id="${hedged.id}" />.\n`);
    expect(rest).toEqual([]);
    expect(message).toMatch(
      new RegExp(`^1:21 doubled hedge: "about" before <Fig id="${hedged.id}">, which already prints "nearly `),
    );
    expect(message).toContain('Fix: delete "about"');
  });

  test.each(['nearly', 'almost', 'around', 'roughly', 'some', 'over', 'more than', 'less than', 'up to'])(
    '"%s" is a hedge',
    (word) => {
      expect(messages(`It was ${word} <Fig id="${hedged.id}" />.\n`)).toHaveLength(1);
    },
  );

  test('no hedge, an exact figure, or a date part pass', () => {
    expect(messages(`India imports <Fig id="${hedged.id}" />.\n`)).toEqual([]);
    expect(messages(`It was about <Fig id="${exact.id}" />.\n`)).toEqual([]);
    expect(messages(`In about <Fig id="${hedged.id}" part="date" />.\n`)).toEqual([]);
  });
});
