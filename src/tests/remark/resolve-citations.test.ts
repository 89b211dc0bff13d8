/** resolveCitations: ids and seed lines exist, quotations match, notes are numbered in order. */
import { describe, expect, test } from 'vitest';
import { resolveCitations } from '../../lib/remark/resolve-citations';
import { loadProject } from '../../lib/provenance/load';
import { ROOT } from '../helpers/project';
import { parseMdx } from './parse';

const project = loadProject(ROOT);
const resolve = (mdx: string) => resolveCitations(parseMdx(mdx), project);
const messages = (mdx: string) => resolve(mdx).problems.map((p) => p.message);

describe('resolveCitations', () => {
  test('an unknown figure id is named, with suggestions', () => {
    expect(messages('<Fig id="us-tariff-india-55" />\n')[0]).toMatch(/no such figure.*Did you mean: .*us-tariff-india/);
  });

  test('a quotation not on its line, a boilerplate line and a line past the end fail', () => {
    expect(messages('<Quote at="aljazeera:5" text="relations are at the best point in decades" />\n')[0]).toMatch(
      /quote not found on aljazeera:5/,
    );
    expect(messages('<Cite at="hindustantimes:44" />\n')[0]).toMatch(/boilerplate/);
    expect(messages('<Cite at="aljazeera:999" />\n')[0]).toMatch(/has only \d+ lines/);
  });

  test('notes are numbered in order and each component gets its marks', () => {
    const tree = parseMdx('A.<Cite at="aljazeera:13" /> B.<Cite at="aljazeera:14" /> C.<Cite at="aljazeera:13" />\n');
    const { notes, problems } = resolveCitations(tree, project);
    expect(problems).toEqual([]);
    expect(notes.map((n) => [n.n, n.key])).toEqual([
      [1, 'aljazeera:13'],
      [2, 'aljazeera:14'],
    ]);
    expect(JSON.stringify(tree)).toContain('"name":"cites"');
  });

  const citesOf = (mdx: string) => {
    const tree = parseMdx(mdx);
    const { problems } = resolveCitations(tree, project);
    expect(problems).toEqual([]);
    const found: number[][] = [];
    const visit = (node: {
      type: string;
      name?: string;
      attributes?: { name: string; value: string }[];
      children?: unknown[];
    }) => {
      const cites = node.attributes?.find((a) => a.name === 'cites');
      if (cites) found.push((JSON.parse(cites.value) as { n: number }[]).map((m) => m.n));
      for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
    };
    visit(tree as never);
    return found;
  };

  test('a figure followed by a <Cite> of the same line shows one mark, at the end ("25%[2].[2]" → "25%.[2]")', () => {
    expect(
      citesOf(
        'The rate was <Fig id="us-tariff-india-25" />.<Cite at="aljazeera:4" /> Then more.<Cite at="aljazeera:5" />\n',
      ),
    ).toEqual([[], [1], [2]]);
  });

  test('a sentence never shows the same number twice; the mark stays at the end of the clause', () => {
    expect(
      citesOf('Trade hit <Fig id="india-russia-trade-2024" /> in <Fig id="india-russia-trade-2024" part="date" />.\n'),
    ).toEqual([[], [1]]);
  });

  test('the same line in the next sentence keeps its number and gains a back-link', () => {
    const tree = parseMdx('One.<Cite at="aljazeera:4" /> Two <Cite at="aljazeera:4" />. Three.\n');
    expect(resolveCitations(tree, project).notes).toEqual([
      { n: 1, key: 'aljazeera:4', refs: ['cite-ref-1-a', 'cite-ref-1-b'], quotes: [], wholeLine: true },
    ]);
  });

  test('messages name the data folders from DATA_FILES, never a file that does not exist', () => {
    expect(messages('<Fig id="nope" />\n')[0]).toContain('content/data/figures/');
    expect(messages('<When id="nope" />\n')[0]).toContain('content/data/events/');
    expect(messages('<Fig />\n').concat(messages('<When />\n')).join(' ')).not.toMatch(/figures\.yaml|events\.yaml/);
  });

  test('an unknown chart id fails', () => {
    expect(messages('<Chart id="nope" />\n')[0]).toMatch(/no such chart/);
  });
});
