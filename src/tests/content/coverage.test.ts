/**
 * Issue 3, "done when": every material line of every seed is cited by the site or listed in
 * content/data/unused-lines.yaml with a reason. Prints a per-seed report either way.
 */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../lib/provenance/load';
import {
  computeCoverage,
  dataCitedLines,
  formatCoverageReport,
  formatRanges,
  materialLines,
} from '../../lib/provenance/coverage';
import { pageCitedLines, projectCoverage, stripFrontmatter } from '../../lib/coverage/pages';
import type { Dataset, Seed } from '../../lib/provenance/types';
import type { Source } from '../../lib/provenance/schema';

const root = process.cwd();

describe('seed coverage of the project', () => {
  const project = loadProject(root);
  const { coverage, problems } = projectCoverage(root, project);
  console.log(`Seed coverage\n${formatCoverageReport(coverage, project.seeds)}`);

  it('covers all five seeds', () => {
    expect(coverage.map((c) => c.seed).sort()).toEqual(['aljazeera', 'ankasam', 'hindustantimes', 'invezz', 'kumdi']);
  });

  it('parses every page without provenance problems', () => {
    expect(Object.fromEntries(problems)).toEqual({});
  });

  it('lists no line as deliberately unused that the site in fact cites', () => {
    const contradictions = coverage.flatMap((c) => c.listedButCited.map((line) => `${c.seed}:${line}`));
    expect(contradictions).toEqual([]);
  });

  it('leaves no material line both uncited and unlisted', () => {
    const uncovered = coverage.flatMap((c) => c.uncovered.map((line) => `${c.seed}:${line}`));
    expect(uncovered).toEqual([]);
  });
});

// A tiny fake seed, to prove the check can fail and reports the right lines.
const source: Source = {
  id: 'fake',
  file: 'fake.txt',
  sha256: '0'.repeat(64),
  publisher: 'Fake',
  publisherBasis: 'made up for a test',
  headline: 'Fake headline',
  headlineLine: 1,
  published: { stated: 'not stated', implied: 'made up', impliedBy: [{ line: 1, quote: 'Fake' }] },
  kind: 'news report',
  boilerplate: [{ lines: [5, 5], what: 'share buttons' }],
  caveats: ['invented for the coverage test'],
};
const text = ['Fake headline', 'A cited line with 26 in it.', '', 'A line nobody cites.', 'Share Tweet', 'Footnote one', 'Footnote two'].join('\n');
const seed: Seed = { source, text, lines: text.split('\n'), sha256: '0'.repeat(64) };
const seeds = new Map([['fake', seed]]);
const emptyData: Dataset = { sources: [source], figures: [], events: [], conflicts: [], unused: [], glossary: [], people: [] };

describe('coverage computation', () => {
  it('counts only non-blank, non-boilerplate lines as material', () => {
    expect(materialLines(seed)).toEqual([1, 2, 4, 6, 7]);
  });

  it('reports a line that nothing cites and nothing lists', () => {
    const data: Dataset = {
      ...emptyData,
      figures: [
        {
          kind: 'sourced', id: 'fake-figure', measures: 'a made-up count', value: 26, bound: 'exact', unit: 'count',
          status: 'reported', themes: ['pakistan'], date: { value: '2025', precision: 'year', inference: 'made up for a test' },
          source: { seed: 'fake', line: 2, quote: 'with 26 in it' },
        },
      ],
      unused: [{ id: 'fake-footnotes', seed: 'fake', lines: [6, 7], reason: 'footnotes to other articles' }],
    };
    const [report] = computeCoverage({ data, seeds }, dataCitedLines(data));
    expect(report!.cited).toEqual([1, 2]);
    expect(report!.unused).toEqual([6, 7]);
    expect(report!.uncovered).toEqual([4]);
    expect(formatCoverageReport([report!], seeds)).toContain('uncovered fake:4  A line nobody cites.');
  });

  it('counts lines cited by an MDX page, through the same check the build runs', () => {
    const project = { ...loadProject(root), seeds, data: emptyData };
    const page = ['---', 'title: Test', '---', '', 'Text <Cite at="fake:4" /> here.'].join('\n');
    const { lines, problems } = pageCitedLines(new Map([['test.mdx', page]]), project);
    expect(problems.size).toBe(0);
    expect([...lines]).toEqual(['fake:4']);
    const [report] = computeCoverage({ data: emptyData, seeds }, new Set([...dataCitedLines(emptyData), ...lines]));
    expect(report!.uncovered).toEqual([2, 6, 7]);
  });

  it('reports a page that cites boilerplate as a problem, not as coverage', () => {
    const project = { ...loadProject(root), seeds, data: emptyData };
    const { lines, problems } = pageCitedLines(new Map([['bad.mdx', 'Share <Cite at="fake:5" />']]), project);
    expect([...lines]).toEqual([]);
    expect(problems.get('bad.mdx')?.[0]?.message).toMatch(/boilerplate/);
  });

  it('keeps line numbers when stripping frontmatter', () => {
    const stripped = stripFrontmatter('---\na: b\n---\nline four');
    expect(stripped.split('\n')).toHaveLength(4);
    expect(stripped.split('\n')[3]).toBe('line four');
  });

  it('formats line ranges compactly', () => {
    expect(formatRanges([9, 3, 4, 5])).toBe('3-5, 9');
  });
});
