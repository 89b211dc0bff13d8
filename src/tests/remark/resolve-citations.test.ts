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
    expect(messages('<Quote at="aljazeera:5" text="relations are at the best point in decades" />\n')[0]).toMatch(/quote not found on aljazeera:5/);
    expect(messages('<Cite at="hindustantimes:44" />\n')[0]).toMatch(/boilerplate/);
    expect(messages('<Cite at="aljazeera:999" />\n')[0]).toMatch(/has only \d+ lines/);
  });

  test('notes are numbered in order and each component gets its marks', () => {
    const tree = parseMdx('A <Cite at="aljazeera:13" /> B <Cite at="aljazeera:14" /> C <Cite at="aljazeera:13" />\n');
    const { notes, problems } = resolveCitations(tree, project);
    expect(problems).toEqual([]);
    expect(notes.map((n) => [n.n, n.key])).toEqual([[1, 'aljazeera:13'], [2, 'aljazeera:14']]);
    expect(JSON.stringify(tree)).toContain('"name":"cites"');
  });

  test('an unknown chart id fails', () => {
    expect(messages('<Chart id="nope" />\n')[0]).toMatch(/no such chart/);
  });
});
