import { describe, expect, test } from 'vitest';
import { eventSchema, figureInputSchema, sourcedDateSchema, sourceSchema } from '../../lib/provenance/schema';
import { loadProject } from '../../lib/provenance/load';
import { ROOT } from '../helpers/project';

const validFigure = {
  id: 'test-figure',
  measures: 'A test figure for the schema',
  value: 25,
  unit: 'percent',
  themes: ['tariffs'],
  date: { value: '2025', precision: 'year', inference: 'A test inference of the date.' },
  source: { seed: 'aljazeera', line: 4, quote: 'a 25 percent tariff' },
};

describe('figure schema', () => {
  test('accepts a sourced figure and fills defaults (kind, bound, status)', () => {
    const parsed = figureInputSchema.parse(validFigure);
    expect(parsed).toMatchObject({ kind: 'sourced', bound: 'exact', status: 'reported' });
  });

  test('rejects a figure without a source or derivation', () => {
    const { source: _omitted, ...noSource } = validFigure;
    expect(figureInputSchema.safeParse(noSource).success).toBe(false);
  });

  test('rejects an unknown unit and an unknown bound', () => {
    expect(figureInputSchema.safeParse({ ...validFigure, unit: 'furlongs' }).success).toBe(false);
    expect(figureInputSchema.safeParse({ ...validFigure, bound: 'roughly' }).success).toBe(false);
  });

  test('a derived figure needs inputs, formula and explanation', () => {
    const derived = {
      ...validFigure,
      kind: 'derived',
      inputs: ['a'],
      formula: 'a / 5',
      explanation: 'Because the source says fivefold.',
    };
    delete (derived as Partial<typeof validFigure>).source;
    expect(figureInputSchema.safeParse(derived).success).toBe(true);
    expect(figureInputSchema.safeParse({ ...derived, inputs: [] }).success).toBe(false);
  });

  test('ids must be lower-case words joined by hyphens', () => {
    expect(figureInputSchema.safeParse({ ...validFigure, id: 'Tariff 25' }).success).toBe(false);
  });
});

describe('dates', () => {
  test('precision must match the written date: a month is not a day', () => {
    expect(sourcedDateSchema.safeParse({ value: '2025-08', precision: 'day' }).success).toBe(false);
    expect(sourcedDateSchema.safeParse({ value: '2025-08-01', precision: 'month' }).success).toBe(false);
    expect(sourcedDateSchema.safeParse({ value: '2025-08', precision: 'month' }).success).toBe(true);
  });

  test('a range needs an end, and only a range may have one', () => {
    expect(sourcedDateSchema.safeParse({ value: '2025-08-31', precision: 'range' }).success).toBe(false);
    expect(sourcedDateSchema.safeParse({ value: '2025-08-31', precision: 'range', end: '2025-09-01' }).success).toBe(
      true,
    );
    expect(sourcedDateSchema.safeParse({ value: '2025', precision: 'year', end: '2026' }).success).toBe(false);
  });

  test('YAML dates read as Date objects or numbers are normalised to the written string', () => {
    expect(sourcedDateSchema.parse({ value: new Date('2025-04-01T00:00:00Z'), precision: 'day' }).value).toBe(
      '2025-04-01',
    );
    expect(sourcedDateSchema.parse({ value: 2025, precision: 'year' }).value).toBe('2025');
  });
});

describe('events and sources', () => {
  test('an event needs at least one source line', () => {
    const event = {
      id: 'e',
      date: { value: '2025', precision: 'year' },
      title: 'An event',
      themes: ['tariffs'],
      sources: [],
    };
    expect(eventSchema.safeParse(event).success).toBe(false);
  });

  test('a source with an unstated date must say what implies it', () => {
    const source = loadProject(ROOT).data.sources.find((s) => s.id === 'aljazeera');
    expect(source).toBeDefined();
    expect(
      sourceSchema.safeParse({
        ...source,
        published: { stated: 'not stated', implied: 'Some time in 2025', impliedBy: [] },
      }).success,
    ).toBe(false);
  });
});

describe('the project data', () => {
  test('every data file parses against its schema', () => {
    const project = loadProject(ROOT);
    expect(project.errors).toEqual([]);
    expect(project.data.sources.map((s) => s.id).sort()).toEqual([
      'aljazeera',
      'ankasam',
      'hindustantimes',
      'invezz',
      'kumdi',
    ]);
    expect(project.data.figures.length).toBeGreaterThan(5);
  });
});
