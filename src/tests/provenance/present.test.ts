/** presentFigure, the one presentation of a figure, and lineage's answer to what its marks point at. */
import { describe, expect, test } from 'vitest';
import { figureInputSchema, type Figure } from '../../lib/provenance/schema';
import {
  derivationInWords,
  formatClaim,
  formatDateBasis,
  formatDateBases,
  presentFigure,
  publisherLabels,
  sourceTitle,
} from '../../lib/provenance/format';
import { dateBases, eventCitations, figureCitations, linesBehind } from '../../lib/provenance/lineage';
import { noteWords, oneMarkPerSentence, PageMarks } from '../../lib/provenance/citations';
import { loadProject } from '../../lib/provenance/load';
import { ROOT } from '../helpers/project';

const project = loadProject(ROOT);
const publishers = publisherLabels(project.data.sources);
const figure = (id: string): Figure => project.data.figures.find((f) => f.id === id)!;

describe('presentFigure', () => {
  test('a claimed figure reads with its claimant and reporter; its date and lines come with it', () => {
    const shown = presentFigure(figure('us-tariff-india-18'), publishers);
    expect(shown.value).toBe('18%');
    expect(shown.claim).toBe('as Donald Trump announced (ANKASAM reports)');
    expect(shown.text).toBe('18%, as Donald Trump announced (ANKASAM reports)');
    expect(shown.date).toBe('3 February 2026');
    expect(shown.valueLines.map((l) => l.key)).toEqual(['ankasam:13']);
  });
  test('a figure stated by its source has no claim, and its hedge stays', () => {
    const shown = presentFigure(figure('india-russia-trade-2019-implied'), publishers);
    expect(shown.claim).toBeUndefined();
    expect(shown.text).toBe('about $13 billion');
    expect(shown.valueLines).toEqual([{ key: 'figure:india-russia-trade-2019-implied' }]);
  });
  test('a claimant that reports its own claim is named once', () => {
    const own = figureInputSchema.parse({
      id: 'own-claim',
      measures: 'A share ANKASAM states as its own estimate',
      value: 5,
      unit: 'percent',
      themes: ['tariffs'],
      date: { value: '2025', precision: 'year' },
      source: { seed: 'ankasam', line: 13, quote: '18%' },
      claimedBy: { who: 'ANKASAM', verb: 'wrote' },
    });
    expect(presentFigure(own, publishers).text).toBe('5%, as ANKASAM wrote');
    expect(formatClaim({ who: 'ANKASAM', verb: 'wrote' }, ['ANKASAM', 'Invezz'])).toBe(
      'as ANKASAM wrote (Invezz reports)',
    );
  });
});

describe('derivationInWords', () => {
  test('a derived figure reads as its inputs in words, never as data ids', () => {
    const lookup = (id: string) => project.data.figures.find((f) => f.id === id);
    const words = derivationInWords(figure('india-russia-trade-2019-implied'), lookup);
    expect(words).toBe('the 2024 figure ($66 billion) divided by five');
    expect(derivationInWords(figure('us-tariff-india-18'), lookup)).toBe('');
  });
});

describe('lineage: what a mark points at', () => {
  test('the 50% figure cites its own line for the value and ANKASAM line 15 for its date, everywhere', () => {
    const f = figure('us-tariff-india-50');
    expect(figureCitations(f, 'value').map((l) => l.key)).toEqual(['invezz:41']);
    expect(figureCitations(f, 'date').map((l) => l.key)).toEqual(['ankasam:15']);
  });
  test('a date with no line of its own is cited by the value line', () => {
    const f = figure('india-russia-trade-2024');
    expect(figureCitations(f, 'date')).toEqual(figureCitations(f, 'value'));
  });
  test('an event cites each line once; a derived figure rests on its inputs', () => {
    const event = {
      sources: [
        { seed: 'aljazeera', line: 4, quote: 'a' },
        { seed: 'aljazeera', line: 4, quote: 'b' },
      ],
    };
    expect(eventCitations(event)).toEqual([{ key: 'aljazeera:4', quote: 'a' }]);
    const byId = new Map(project.data.figures.map((f) => [f.id, f]));
    expect(linesBehind('figure:india-russia-trade-2019-implied', byId)).toContainEqual({
      seed: 'hindustantimes',
      line: 13,
    });
    expect(linesBehind('aljazeera:4', byId)).toEqual([{ seed: 'aljazeera', line: 4 }]);
  });
});

describe('one numbering, one mark per sentence', () => {
  test('a key keeps only its last place in a sentence, standing for the words of the marks it replaces', () => {
    expect(oneMarkPerSentence([[{ key: 'aljazeera:4', quote: 'words' }], [{ key: 'aljazeera:4' }]])).toEqual([
      [],
      [{ key: 'aljazeera:4', words: ['words', undefined] }],
    ]);
    expect(oneMarkPerSentence([[{ key: 'a:1' }, { key: 'b:2' }], [{ key: 'b:2' }]])).toEqual([
      [{ key: 'a:1', words: [undefined] }],
      [{ key: 'b:2', words: [undefined] }],
    ]);
  });
  test('a note keeps each distinct passage a page quotes from its line, and whether a mark named none', () => {
    const book = new PageMarks();
    book.cite('a:1', 'first claim');
    book.cite('a:1', ['second claim', 'first claim']);
    expect(book.list()[0]).toMatchObject({ quotes: ['first claim', 'second claim'], wholeLine: false });
    expect(noteWords(book.list()[0]!, ' the whole line ')).toEqual(['first claim', 'second claim']);
    book.cite('a:1', 'second claim, longer');
    expect(noteWords(book.list()[0]!, 'line'), 'a passage inside a longer one is shown by it').toEqual([
      'first claim',
      'second claim, longer',
    ]);
    book.cite('a:1');
    expect(noteWords(book.list()[0]!, ' the whole line '), 'a bare <Cite> rests on the whole line').toEqual([
      'the whole line',
    ]);
  });
  test('citeAll gives one mark per key in number order', () => {
    const book = new PageMarks();
    book.cite('b:2');
    expect(book.citeAll([{ key: 'a:1' }, { key: 'b:2' }, { key: 'a:1' }]).map((m) => m.n)).toEqual([1, 2]);
  });
});

describe('a date whose year is not on its line says how it was worked out', () => {
  const event = (id: string) => project.data.events.find((e) => e.id === id)!;
  test("the Pahalgam figure's date mark carries the year's basis; its value mark does not", () => {
    const f = figure('pahalgam-civilians-killed');
    const [dateLine] = figureCitations(f, 'date');
    expect(dateLine!.dating).toEqual([
      { date: { value: '2025-04-22', precision: 'day' }, kind: 'year-from-context', how: f.date.yearFrom },
    ]);
    expect(figureCitations(f, 'value')[0]!.dating).toBeUndefined();
    expect(formatDateBasis(dateLine!.dating![0]!)).toBe(`22 April 2025: year from context. ${f.date.yearFrom}`);
  });
  test('an inferred date says so; a date its line states carries nothing', () => {
    const inferred = figureCitations(figure('submarine-lease-value'), 'date')[0]!.dating!;
    expect(inferred.map((b) => b.kind)).toEqual(['inferred']);
    expect(formatDateBasis(inferred[0]!)).toMatch(/^2025: inferred\. Discussed during Putin's visit/);
    expect(figureCitations(figure('us-tariff-india-50'), 'date')[0]!.dating).toBeUndefined();
    expect(dateBases(figure('india-russia-trade-2024').date)).toEqual([]);
  });
  test("an event's basis rides on its first line only: one note per date", () => {
    const visit = event('putin-visits-new-delhi');
    const lines = eventCitations(visit);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]!.dating?.map((b) => b.how)).toEqual([visit.date.yearFrom]);
    expect(lines.slice(1).every((l) => l.dating === undefined)).toBe(true);
  });
  test('a dropped mark hands its basis to the kept one, and the page note keeps each basis once', () => {
    const basis = {
      date: { value: '2025-12', precision: 'month' as const },
      kind: 'year-from-context' as const,
      how: 'x'.repeat(12),
    };
    const kept = oneMarkPerSentence([[{ key: 'ankasam:17', dating: [basis] }], [{ key: 'ankasam:17' }]]);
    expect(kept).toEqual([[], [{ key: 'ankasam:17', words: [undefined], dating: [basis] }]]);
    const book = new PageMarks();
    book.cite('ankasam:17', undefined, [basis]);
    book.citeAll([{ key: 'ankasam:17', dating: [basis] }]);
    expect(book.list()[0]!.dating).toEqual([basis]);
    book.cite('ankasam:17');
    expect(book.list()[0]!.dating, 'a later plain mark keeps the note').toEqual([basis]);
  });
  test('tables and downloads get the same bases in one column, empty when the lines state the date', () => {
    const f = figure('pahalgam-civilians-killed');
    expect(formatDateBases(f.date)).toBe(`year from context: ${f.date.yearFrom}`);
    expect(formatDateBases(figure('india-russia-trade-2024').date)).toBe('');
  });
});

describe('sourceTitle', () => {
  test('a headline the file marks is the title; a first line the file does not mark as one is never passed off as it', () => {
    expect(sourceTitle({ headline: 'A headline', headlineBasis: undefined })).toEqual({
      text: 'A headline',
      stated: true,
    });
    const untitled = sourceTitle({ headline: 'The first line.', headlineBasis: 'Nothing marks it as a headline.' });
    expect(untitled.stated).toBe(false);
    expect(untitled.text).not.toContain('The first line');
    expect(untitled.text).toMatch(/^\[.+\]$/);
  });
});
