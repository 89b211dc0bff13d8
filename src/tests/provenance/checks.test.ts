/**
 * Each dataset check on its own (src/lib/provenance/checks/): it passes on the real project, and a
 * deliberate break is caught by that check alone, naming the real data file that holds the entry
 * (never a collection name such as "figures.yaml") and saying how to fix it.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadProject } from '../../lib/provenance/load';
import {
  checkContext,
  DATASET_CHECKS,
  verifyDataset,
  type Dataset,
  type VerifyError,
} from '../../lib/provenance/verify';
import type { DatasetCheck } from '../../lib/provenance/checks/check';
import { checkSources } from '../../lib/provenance/checks/sources';
import { checkUniqueIds } from '../../lib/provenance/checks/unique-ids';
import { checkSourcedFigures } from '../../lib/provenance/checks/sourced-figures';
import { checkDerivedFigures } from '../../lib/provenance/checks/derived-figures';
import { checkEvents } from '../../lib/provenance/checks/events';
import { checkConflicts } from '../../lib/provenance/checks/conflicts';
import { checkUnusedLines } from '../../lib/provenance/checks/unused-lines';
import { checkCharts } from '../../lib/provenance/checks/charts';
import { checkDataProse } from '../../lib/provenance/checks/data-prose';
import { checkSeedRef } from '../../lib/provenance/checks/seed-ref';
import { checkDateWords } from '../../lib/provenance/checks/date-words';
import type { Seed } from '../../lib/provenance/verify';
import { ROOT } from '../helpers/project';

const project = loadProject(ROOT);
const run = (
  check: DatasetCheck,
  data: Dataset = project.data,
  seeds: Map<string, Seed> = project.seeds,
): VerifyError[] => check(checkContext(data, seeds, project.origins));

function broken(change: (data: Dataset) => void): Dataset {
  const data = structuredClone(project.data);
  change(data);
  return data;
}

/** An error names a real file in the repository (a data file, not a folder or a made-up name). */
function expectRealFile(error: VerifyError | undefined): void {
  expect(error, 'expected an error').toBeDefined();
  const path = join(ROOT, error!.file);
  expect(existsSync(path) && statSync(path).isFile(), `${error!.file} should be a file in the repository`).toBe(true);
}

const figure = (data: Dataset, id: string) => data.figures.find((f) => f.id === id)!;

describe('every check passes on the real project', () => {
  test.each(DATASET_CHECKS.map((check) => [check.name, check] as const))('%s', (_name, check) => {
    expect(run(check)).toEqual([]);
  });
});

describe('each check catches its own break', () => {
  test('checkSources: a changed seed names the seed file, how to restore it, and what rests on it', () => {
    const seeds = new Map(project.seeds);
    const seed = seeds.get('aljazeera')!;
    seeds.set('aljazeera', { ...seed, sha256: '0'.repeat(64) });
    const errors = run(checkSources, project.data, seeds);
    const changed = errors.find((e) => e.id === 'aljazeera');
    expect(changed?.file).toBe('content/data/sources.yaml');
    expect(changed?.message).toContain(`seeds/${seed.source.file} has changed`);
    expect(changed?.message).toContain(`git checkout -- seeds/${seed.source.file}`);
    expect(changed?.message).not.toMatch(/shared\/seeds/);
    const resting = errors.find((e) => e.id === 'us-tariff-india-25');
    expect(resting?.file).toBe('content/data/figures/tariffs.yaml');
    expectRealFile(resting);
  });

  test('checkSources: a wrong headline line is caught', () => {
    const data = broken((d) => (d.sources[0]!.headlineLine = 3));
    const error = run(checkSources, data).find((e) => e.id === data.sources[0]!.id);
    expect(error?.message).toMatch(/headline expected on line 3/);
  });

  test('checkUniqueIds: a repeated figure id names its data file', () => {
    const data = broken((d) => d.figures.push({ ...structuredClone(figure(d, 'us-tariff-india-25')) }));
    const error = run(checkUniqueIds, data).find((e) => /used twice/.test(e.message));
    expect(error?.file).toBe('content/data/figures/tariffs.yaml');
  });

  test('checkSourcedFigures: a changed value names the figure, its file and the expected number', () => {
    const data = broken((d) => (figure(d, 'india-russia-trade-2024').value = 67));
    const error = run(checkSourcedFigures, data).find((e) => e.id === 'india-russia-trade-2024');
    expect(error?.file).toBe('content/data/figures/trade.yaml');
    expect(error?.message).toMatch(/value 67 does not occur in its quote\. Expected 67/);
  });

  test('checkDerivedFigures: a value that does not recompute is caught', () => {
    const derived = project.data.figures.find((f) => f.kind === 'derived')!;
    const data = broken((d) => (figure(d, derived.id).value += 1));
    const error = run(checkDerivedFigures, data).find((e) => e.id === derived.id);
    expect(error?.message).toMatch(/does not recompute/);
    expectRealFile(error);
  });

  test('checkEvents: a quote not on its line names the event file and how to find the line', () => {
    const event = project.data.events[0]!;
    const data = broken((d) => (d.events[0]!.sources[0]!.line += 1));
    const error = run(checkEvents, data).find((e) => e.id === event.id && /quote not found/.test(e.message));
    expectRealFile(error);
    expect(error?.file).toMatch(/^content\/data\/events\/[a-z-]+\.yaml$/);
    expect(error?.message).toMatch(/cat -n seeds\/[\w.]+\.txt/);
  });

  test('checkConflicts: a conflict with one seed is caught', () => {
    const conflict = project.data.conflicts[0]!;
    const data = broken(
      (d) =>
        (d.conflicts[0]!.claims = d.conflicts[0]!.claims.map((c) => ({
          ...c,
          seed: conflict.claims[0]!.seed,
          line: conflict.claims[0]!.line,
          quote: conflict.claims[0]!.quote,
        }))),
    );
    const error = run(checkConflicts, data).find((e) => e.id === conflict.id && /two different seeds/.test(e.message));
    expectRealFile(error);
  });

  test('checkDataProse: a number or quantity word in a person’s role that no seed line states is caught', () => {
    const data = broken((d) => (d.people[0]!.role += ' He has 17 advisers and doubled their pay.'));
    const errors = run(checkDataProse, data).filter((e) => e.id === project.data.people[0]!.id);
    expect(errors.map((e) => e.file)).toEqual(['content/data/people.yaml', 'content/data/people.yaml']);
    expect(errors[0]?.message).toMatch(/^role shows the number "17", which none of this entry's seed lines states/);
    expect(errors[1]?.message).toMatch(/^role shows the quantity in words "doubled"/);
  });

  test('checkDataProse: digits of another script are numbers too', () => {
    const data = broken((d) => (d.people[0]!.role += ' He has ١٧ advisers.'));
    const errors = run(checkDataProse, data).filter((e) => e.id === project.data.people[0]!.id);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^role shows the number "١٧", which none of this entry's seed lines states/),
    ]);
  });

  test('checkUnusedLines: a range past the end of the seed names the seed file', () => {
    const data = broken((d) => (d.unused[0]!.lines = [1, 100000]));
    const error = run(checkUnusedLines, data).find((e) => e.id === project.data.unused[0]!.id);
    expect(error?.file).toBe('content/data/unused-lines.yaml');
    expect(error?.message).toMatch(/past the end of seeds\/[\w.]+\.txt/);
  });

  test('checkCharts: an unknown figure in a chart is caught in charts.yaml', () => {
    const data = broken((d) => {
      const mark = d.charts![0]!.marks.find((m) => 'figure' in m) as { figure: string };
      mark.figure = 'no-such-figure';
    });
    const error = run(checkCharts, data).find((e) => /"no-such-figure" is not in/.test(e.message));
    expect(error?.file).toBe('content/data/charts.yaml');
  });
});

test('with every collection broken at once, every error names a data file that exists', () => {
  const seeds = new Map(project.seeds);
  const aljazeera = seeds.get('aljazeera')!;
  seeds.set('aljazeera', { ...aljazeera, sha256: '0'.repeat(64) });
  const data = broken((d) => {
    d.sources[0]!.headlineLine = 3;
    for (const f of d.figures) f.value += 1;
    for (const e of d.events) e.sources[0]!.line += 1;
    for (const c of d.conflicts) c.claims[0]!.line += 1;
    for (const g of d.glossary) g.refs[0]!.line += 1;
    for (const p of d.people) p.refs[0]!.line += 1;
    d.unused[0]!.lines = [1, 100000];
    d.charts![0]!.title += ' in 1999';
  });
  const errors = verifyDataset(data, seeds, project.origins);
  const files = new Set(errors.map((e) => e.file));
  expect(files.size).toBeGreaterThanOrEqual(8);
  for (const file of files) expectRealFile(errors.find((e) => e.file === file));
});

describe('the checks every entry shares', () => {
  const seeds = project.seeds;
  test('checkSeedRef refuses a quote that is not on the line', () => {
    expect(checkSeedRef({ seed: 'aljazeera', line: 1, quote: 'words that are not there' }, seeds)[0]).toMatch(
      /quote not found on aljazeera:1/,
    );
  });
  test('checkDateWords wants the month’s name in the words', () => {
    expect(checkDateWords({ value: '2025-08', precision: 'month' }, ['in 2025'], seeds).join()).toMatch(/month's name/);
  });
});
