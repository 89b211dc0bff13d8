/**
 * The MDX check on deliberately broken pages: uncited numbers, forbidden imports, unknown
 * components and ids, quotations that are not on their line.
 */
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { checkFrontmatter, checkTree, COMPONENT_BARREL } from '../../lib/remark/provenance-check';
import { loadProject } from '../../lib/provenance/load';
import { ROOT } from '../helpers/project';

const project = loadProject(ROOT);

function check(mdx: string) {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as Root;
  return checkTree(tree, project);
}
const messages = (mdx: string) => check(mdx).problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe('uncited numbers', () => {
  test('a bare "45%" fails at its line and column with a fix hint', () => {
    const [problem, ...rest] = check('# Title\n\nThe tariff was 45% last year.\n').problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 3, column: 16 });
    expect(problem?.message).toMatch(/uncited number "45%". Fix: use <Fig id="…"\/>/);
  });

  test('numbers in headings, lists, tables and links are caught too', () => {
    const found = messages('## The 2025 crisis\n\n- item 3\n\n| a |\n| - |\n| 7 |\n\n[page 9](x/)\n');
    expect(found.map((m) => m.split(' ')[0])).toEqual(['1:8', '3:8', '7:3', '9:7']);
  });

  test('numbers on a later line of a multi-line paragraph get the right line', () => {
    expect(check('First line\nsecond line has 12 things\n').problems[0]).toMatchObject({ line: 2, column: 17 });
  });

  test('digit-bearing names from the allow-list pass', () => {
    expect(messages('India bought the S-400, makes the AK-203, flies the Su-30MKI; H-1B visas; Trump 2.0.\n')).toEqual(
      [],
    );
  });

  test('numbers inside citation components are allowed', () => {
    expect(
      messages(
        'Rate: <Fig id="us-tariff-india-50" />, said <Quote at="aljazeera:5" text="US-India relations are at the lowest point in decades" />.\n',
      ),
    ).toEqual([]);
  });

  test('numbers in a component attribute that readers see are caught', () => {
    expect(messages('<Aside title="Why 25% matters">Text</Aside>\n')[0]).toMatch(
      /uncited number "25%" in <Aside> title/,
    );
    expect(messages('<Aside title="Why the rate matters" tone="note">Text</Aside>\n')).toEqual([]);
  });

  test('numbers in code and raw HTML are caught', () => {
    expect(messages('Use `45%` here.\n')).toHaveLength(1);
  });

  test('frontmatter titles and descriptions may not carry numbers', () => {
    expect(checkFrontmatter({ title: 'Tariffs in 2025', description: 'About S-400 deals' })).toHaveLength(1);
  });

  test('checkTree runs the frontmatter check too when given the frontmatter (the twin and coverage call it)', () => {
    const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse('Plain words.\n') as Root;
    const { problems } = checkTree(tree, project, { frontmatter: { title: 'Tariffs doubled' } });
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'frontmatter', message: expect.stringContaining('"doubled"') }),
    ]);
  });
});

describe('imports, exports and expressions', () => {
  test('importing node:fs fails with a clear message', () => {
    const [message] = messages("import fs from 'node:fs'\n\nText.\n");
    expect(message).toMatch(/^1:1 MDX may import only from "~\/components\/mdx" \(received import from "node:fs"\)/);
  });

  test('packages and relative paths outside the barrel fail; the barrel passes', () => {
    expect(messages("import x from 'd3'\n")).toHaveLength(1);
    expect(messages("import Evil from '../../src/lib/evil.ts'\n")).toHaveLength(1);
    expect(messages(`import { Fig } from '${COMPONENT_BARREL}'\n`)).toEqual([]);
  });

  test('exports and expressions are refused; comments are allowed', () => {
    expect(messages('export const x = 1\n')[0]).toMatch(/may not export/);
    expect(messages('Total: {40 + 5}\n')[0]).toMatch(/expressions \{…\} are not allowed/);
    expect(messages('{/* a maintainer note */}\n')).toEqual([]);
  });
});

describe('citation components', () => {
  test('an unknown figure id is named, with suggestions', () => {
    expect(messages('<Fig id="us-tariff-india-55" />\n')[0]).toMatch(/no such figure.*Did you mean: .*us-tariff-india/);
  });

  test('a quotation that is not on its line fails', () => {
    expect(messages('<Quote at="aljazeera:5" text="relations are at the best point in decades" />\n')[0]).toMatch(
      /quote not found on aljazeera:5/,
    );
  });

  test('a citation of a boilerplate line fails', () => {
    expect(messages('<Cite at="hindustantimes:44" />\n')[0]).toMatch(/boilerplate/);
  });

  test('a malformed reference and a line past the end of the seed fail', () => {
    expect(messages('<Cite at="aljazeera-13" />\n')[0]).toMatch(/is not a seed:line reference/);
    expect(messages('<Cite at="aljazeera:999" />\n')[0]).toMatch(/has only \d+ lines/);
  });

  test('an unknown component fails and lists what is allowed', () => {
    expect(messages('<Script />\n')[0]).toMatch(/<Script> is not a component this site provides/);
  });

  test('notes are numbered in order; the same line reuses its number with a new back-link letter', () => {
    const { notes, problems } = check(
      'A.<Cite at="aljazeera:13" /> B.<Cite at="aljazeera:14" /> C.<Cite at="aljazeera:13" />\n',
    );
    expect(problems).toEqual([]);
    expect(notes).toEqual([
      { n: 1, key: 'aljazeera:13', refs: ['cite-ref-1-a', 'cite-ref-1-b'], quotes: [], wholeLine: true },
      { n: 2, key: 'aljazeera:14', refs: ['cite-ref-2-a'], quotes: [], wholeLine: true },
    ]);
  });

  test('a derived figure cites its workings and counts its inputs as cited lines', () => {
    const { notes, citedLines } = check('<Fig id="india-russia-trade-2019-implied" />\n');
    expect(notes[0]?.key).toBe('figure:india-russia-trade-2019-implied');
    expect(citedLines.has('hindustantimes:13')).toBe(true);
  });
});

test('checkTree runs the paragraph rule only for topic and home pages', () => {
  const tree = () => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse('An uncited claim.\n') as Root;
  expect(checkTree(tree(), project, { section: 'topic' }).problems[0]?.rule).toBe('paragraph-citations');
  expect(checkTree(tree(), project, { section: 'home' }).problems).toHaveLength(1);
  expect(checkTree(tree(), project, { section: 'reference' }).problems).toEqual([]);
});
