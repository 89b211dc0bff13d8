/** `npm run figure`: from a seed line and words to an entry the verifier accepts, or a clear refusal. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../lib/provenance/load';
import { figureInputSchema } from '../../lib/provenance/schema';
import { verifyDataset } from '../../lib/provenance/verify';
import { draftFigure, hedgeOf } from '../../scripts/lib/figure-draft';

const project = loadProject(process.cwd());

describe('draftFigure', () => {
  it('drafts a checked entry with value, unit, date and the source, which the verifier accepts', () => {
    const draft = draftFigure(project, 'hindustantimes:13', 'reached a record $66 billion in 2024');
    expect(draft.problems).toEqual([]);
    const [entry] = parse(draft.yaml) as Record<string, unknown>[];
    expect(entry).toMatchObject({
      value: 66,
      bound: 'exact',
      unit: 'usd-billion',
      date: { value: '2024', precision: 'year' },
      source: { seed: 'hindustantimes', line: 13, quote: 'reached a record $66 billion in 2024' },
    });
    expect(project.data.figures.map((f) => f.id)).not.toContain(entry!.id);
    expect(draft.notes[0]).toMatch(
      /^checked: the words are on hindustantimes:13, the line is not boilerplate, hedge: none → bound: exact/,
    );
    expect(draft.notes.join('\n')).not.toMatch(/the verifier says/);
  });

  it('refuses words that are not on the line, quoting the line', () => {
    const draft = draftFigure(project, 'hindustantimes:13', 'reached a record $67 billion in 2024');
    expect(draft.yaml).toBe('');
    expect(draft.problems[0]).toMatch(
      /^the words "reached a record \$67 billion in 2024" are not on hindustantimes:13, which reads: "Economic ties/,
    );
  });

  it('refuses a boilerplate line', () => {
    const source = project.data.sources.find((s) => s.boilerplate.length > 0)!;
    const line = source.boilerplate[0]!.lines[0];
    const text = project.seeds.get(source.id)!.lines[line - 1]!.trim().slice(0, 12);
    const draft = draftFigure(project, `${source.id}:${line}`, text);
    expect(draft.problems.join('\n')).toMatch(new RegExp(`${source.id}:${line} is page boilerplate`));
  });

  it('refuses words without a number in digits (the verifier needs the value in the quote)', () => {
    const draft = draftFigure(project, 'aljazeera:13', 'sold twice as much');
    expect(draft.problems[0]).toMatch(/hold no number written in digits.*<Quote at="aljazeera:13"/);
  });

  it('refuses an unknown seed or a line past the end', () => {
    expect(draftFigure(project, 'nosuch:1', 'x').problems[0]).toMatch(/^no seed "nosuch": expected one of/);
    expect(draftFigure(project, 'aljazeera:99999', 'x').problems[0]).toMatch(/^aljazeera:99999 does not exist/);
    expect(draftFigure(project, 'aljazeera', 'x').problems[0]).toMatch(/is not seed:line/);
  });

  it("names the source's hedge as the bound", () => {
    expect(hedgeOf('nearly 40 per cent')).toEqual({ bound: 'nearly', word: 'nearly' });
    expect(hedgeOf('more than 1,000')).toEqual({ bound: 'over', word: 'more than' });
    expect(hedgeOf('66 billion')).toEqual({ bound: 'exact' });
  });
});

describe('the example in CONTRIBUTING.md', () => {
  it('is a new id that passes the schema and the verifier as written', () => {
    const text = readFileSync(join(process.cwd(), 'CONTRIBUTING.md'), 'utf8');
    const block = /## 2\. Add the figure[\s\S]*?```yaml\n([\s\S]*?)```/.exec(text)?.[1];
    expect(block, 'no ```yaml example under "## 2. Add the figure"').toBeDefined();
    const parsed = figureInputSchema.safeParse((parse(block!) as unknown[])[0]);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    if (!parsed.success) return;
    expect(project.data.figures.map((f) => f.id)).not.toContain(parsed.data.id);
    const errors = verifyDataset(
      { ...project.data, figures: [...project.data.figures, parsed.data] },
      project.seeds,
    ).filter((e) => e.id === parsed.data.id);
    expect(errors).toEqual([]);
  });
});
