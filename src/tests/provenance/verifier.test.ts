/**
 * The verifier against deliberately broken inputs. Every sourced figure is broken three ways
 * (a digit in its quote, its value, its line number) and each break must be caught by name.
 */
import { describe, expect, test } from 'vitest';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProject, verifyProject } from '../../lib/provenance/load';
import { verifyDataset } from '../../lib/provenance/verify';
import { formatError } from '../../lib/provenance/verify';
import type { Dataset } from '../../lib/provenance/types';
import type { Figure, SourcedFigure } from '../../lib/provenance/schema';
import { copyData, edit, ROOT } from '../helpers/project';

const project = loadProject(ROOT);
const clone = (): Dataset => structuredClone(project.data);
const errorsFor = (data: Dataset) => verifyDataset(data, project.seeds);
const sourced = project.data.figures.filter((f): f is SourcedFigure => f.kind === 'sourced');

function withFigure(id: string, change: (figure: Figure) => void): Dataset {
  const data = clone();
  const figure = data.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`no figure ${id}`);
  change(figure);
  return data;
}

/** Replace the first digit of a quote with a different digit. */
function changeOneDigit(quote: string): string {
  return quote.replace(/\d/, (d) => String((Number(d) + 1) % 10));
}

test('the real project verifies with no errors', () => {
  const { errors } = verifyProject(ROOT);
  expect(errors.map(formatError)).toEqual([]);
});

describe.each(sourced.map((f) => [f.id] as const))('figure %s', (id) => {
  test('a changed digit in its quote is caught, naming the figure', () => {
    const errors = errorsFor(
      withFigure(id, (f) => f.kind === 'sourced' && (f.source.quote = changeOneDigit(f.source.quote))),
    );
    expect(errors.some((e) => e.id === id && /quote not found on/.test(e.message))).toBe(true);
  });

  test('a changed value is caught, naming the figure and what was expected', () => {
    const errors = errorsFor(withFigure(id, (f) => (f.value = f.value + 1)));
    const error = errors.find((e) => e.id === id && /does not occur in its quote/.test(e.message));
    expect(error?.message).toMatch(/Expected \d+/);
  });

  test('a changed line number is caught, naming the figure', () => {
    const errors = errorsFor(withFigure(id, (f) => f.kind === 'sourced' && (f.source.line += 1)));
    expect(errors.some((e) => e.id === id)).toBe(true);
  });
});

describe('broken inputs', () => {
  test('an edited seed fails its sha256 and names the figures that rely on it', () => {
    const dir = copyData();
    edit(join(dir, 'seeds/000_b5c7f87383f3bf3a.txt'), (text) => text.replace('25 percent tariff', '26 percent tariff'));
    const { errors } = verifyProject(dir);
    expect(errors.some((e) => e.id === 'aljazeera' && /has changed: expected sha256/.test(e.message))).toBe(true);
    expect(errors.some((e) => e.id === 'us-tariff-india-25' && /has changed/.test(e.message))).toBe(true);
  });

  test('a missing seed file is reported', () => {
    const seeds = new Map(project.seeds);
    seeds.delete('invezz');
    expect(verifyDataset(project.data, seeds).some((e) => e.id === 'invezz' && /missing/.test(e.message))).toBe(true);
  });

  test('errors name the exact data file a broken figure lives in', () => {
    const dir = copyData();
    const file = join(dir, 'content/data/figures/tariffs.yaml');
    edit(file, (text) =>
      text.replace(
        'quote: The US doubled tariffs on Indian goods to 50%',
        'quote: The US doubled tariffs on Indian goods to 60%',
      ),
    );
    const { errors } = verifyProject(dir);
    const messages = errors.map(formatError);
    expect(
      messages.some((m) =>
        m.startsWith('content/data/figures/tariffs.yaml › us-tariff-india-50: quote not found on invezz:41'),
      ),
    ).toBe(true);
  });

  test('a schema error names the file and the entry', () => {
    const dir = copyData();
    const file = join(dir, 'content/data/figures/tariffs.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('unit: percent', 'unit: furlongs'));
    const { errors } = verifyProject(dir);
    expect(
      errors.some(
        (e) =>
          e.file === 'content/data/figures/tariffs.yaml' && e.id === 'us-tariff-india-25' && /unit/.test(e.message),
      ),
    ).toBe(true);
  });

  test('citing a boilerplate line is refused', () => {
    const data = withFigure('india-russia-trade-2024', (f) => {
      if (f.kind !== 'sourced') return;
      f.source = { seed: 'hindustantimes', line: 70, quote: '$300 million' };
      f.value = 300;
    });
    expect(errorsFor(data).some((e) => e.id === 'india-russia-trade-2024' && /boilerplate/.test(e.message))).toBe(true);
  });

  test('a hedge in the quote must be kept as the bound', () => {
    const exact = errorsFor(withFigure('india-russian-crude-2025', (f) => (f.bound = 'exact')));
    expect(exact.some((e) => e.id === 'india-russian-crude-2025' && /set bound: nearly/.test(e.message))).toBe(true);
    const wrong = errorsFor(withFigure('russia-china-trade-2024', (f) => (f.bound = 'less-than')));
    expect(wrong.some((e) => e.id === 'russia-china-trade-2024' && /bound "less-than"/.test(e.message))).toBe(true);
  });

  test('a derived figure that does not recompute is caught with the formula and both values', () => {
    const errors = errorsFor(withFigure('india-russia-trade-2019-implied', (f) => (f.value = 14)));
    const error = errors.find((e) => e.id === 'india-russia-trade-2019-implied');
    expect(error?.message).toMatch(/india-russia-trade-2024 \/ 5 = 13\.2.*but value is 14/);
  });

  test('a derived figure whose inputs and formula disagree, or that uses an unknown id, is caught', () => {
    const mismatched = errorsFor(
      withFigure(
        'india-russia-trade-2019-implied',
        (f) => f.kind === 'derived' && (f.formula = 'russia-china-trade-2024 / 5'),
      ),
    );
    expect(mismatched.some((e) => /do not match the ids the formula uses/.test(e.message))).toBe(true);
    const unknown = errorsFor(
      withFigure('india-russia-trade-2019-implied', (f) => {
        if (f.kind !== 'derived') return;
        f.inputs = ['no-such-figure'];
        f.formula = 'no-such-figure / 5';
      }),
    );
    expect(unknown.some((e) => /"no-such-figure" is not a figure id/.test(e.message))).toBe(true);
  });

  test('a date must be in the quoted words unless its inference says otherwise', () => {
    const data = clone();
    // A month-precision event whose quote states month and year, with no inference or yearFrom to exempt it.
    const event = data.events.find((e) => e.id === 'modi-visits-moscow-july-2025');
    if (!event) throw new Error('fixture event missing');
    expect(event.date.inference ?? event.date.yearFrom).toBeUndefined();
    event.date.value = '2025-09';
    expect(errorsFor(data).some((e) => e.id === event.id && /month's name/.test(e.message))).toBe(true);
    event.date.value = '2024-07';
    expect(errorsFor(data).some((e) => e.id === event.id && /year 2024/.test(e.message))).toBe(true);
  });

  test('a day-precision date must have its day in the quote', () => {
    const data = clone();
    const event = data.events.find((e) => e.id === 'trade-deal-announced-february-2026');
    if (!event) throw new Error('fixture event missing');
    event.date.value = '2026-02-04';
    expect(errorsFor(data).some((e) => e.id === event.id && /day 4/.test(e.message))).toBe(true);
  });

  test('duplicate ids are caught', () => {
    const data = clone();
    data.figures.push(structuredClone(data.figures[0]!));
    expect(errorsFor(data).some((e) => /used twice/.test(e.message))).toBe(true);
  });

  test('a conflict needs claims from two different seeds', () => {
    const data = clone();
    const conflict = data.conflicts[0]!;
    conflict.claims = conflict.claims.filter((c) => c.seed === conflict.claims[0]!.seed);
    expect(errorsFor(data).some((e) => e.id === conflict.id && /two different seeds/.test(e.message))).toBe(true);
  });

  test('whitespace and typographic quotes/dashes are the only things normalised', () => {
    const data = withFigure('india-share-of-russian-imports', (f) => {
      if (f.kind === 'sourced') f.source.quote = "India's  share of Russian imports has fallen to less than 2%";
    });
    expect(errorsFor(data).filter((e) => e.id === 'india-share-of-russian-imports')).toEqual([]);
    const changedWord = withFigure('india-share-of-russian-imports', (f) => {
      if (f.kind === 'sourced') f.source.quote = 'India’s share of Russian exports has fallen to less than 2%';
    });
    expect(errorsFor(changedWord).some((e) => e.id === 'india-share-of-russian-imports')).toBe(true);
  });
});
