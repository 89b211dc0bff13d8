/**
 * Data prose: every field of content/data/ that readers see as text (titles, summaries, what
 * each seed `says`, the site's readings, notes, definitions, people's roles, chart text, source
 * metadata) may state a quantity — digits or words, as found by findQuantities — only where the
 * field's own quotes state it.
 *
 * The rule: a quantity in a data prose field must occur on one of the seed lines the entry it
 * belongs to cites (digits as the same number, words as the same words: "doubled" needs a line
 * that says "doubled"). An entry's lines are those of its seed references (for a figure, also its
 * date line and, if derived, its inputs' lines), plus the entry's own date (a verified date may
 * be written in its summary). Source metadata may use what the seed itself says anywhere, since
 * it describes the whole document. Two kinds of number are not quantities and pass: a line
 * reference ("line 13", "lines 21–77") and a year that a verified date in the data carries
 * (every event's and figure's date is checked against its seed, or states its inference).
 * Nothing else is allowed: no "doubled", no "two million" unless the entry's quote says it.
 */
import type { Figure, SeedRef, SourcedDate } from '../schema';
import { isFigureMark } from '../schema';
import type { Dataset, Seed, VerifyError } from '../types';
import type { DataCollection } from '../data-files';
import { eventSeedRefs, figureSeedRefs } from '../lineage';
import { findQuantities, quantityInQuotes } from '../quantities';
import { numbersIn } from '../text';
import type { CheckContext, DatasetCheck } from './check';

/** One reader-facing text and the quotes that may back its quantities. */
export interface ProseField {
  collection: DataCollection;
  id: string;
  /** The field, as a path a maintainer can find: "summary", "claims[2].says". */
  field: string;
  text: string;
  /** The text of the seed lines the entry cites (and its date): what may back a quantity. */
  quotes: string[];
}

function dateWords(date: SourcedDate): string[] {
  return [date.value.replace(/-/g, ' '), ...(date.end ? [date.end.replace(/-/g, ' ')] : [])];
}

/** Every data prose field with its quotes. Adding a field to the schema means adding it here. */
export function proseFields(data: Dataset, seeds: Map<string, Seed>): ProseField[] {
  const fields: ProseField[] = [];
  // The whole cited line, not only the quoted words: a reader who follows the citation reads the line.
  const quotesOf = (refs: readonly SeedRef[]) => refs.map((r) => seeds.get(r.seed)?.lines[r.line - 1] ?? r.quote);
  const add = (collection: DataCollection, id: string, field: string, text: string | undefined, quotes: string[]) => {
    if (text) fields.push({ collection, id, field, text, quotes });
  };
  const figures = new Map<string, Figure>(data.figures.map((f) => [f.id, f]));
  for (const figure of data.figures) {
    const quotes = [...quotesOf(figureSeedRefs(figure, figures)), ...dateWords(figure.date)];
    add('figures', figure.id, 'measures', figure.measures, quotes);
    add('figures', figure.id, 'date.inference', figure.date.inference, quotes);
    add('figures', figure.id, 'date.yearFrom', figure.date.yearFrom, quotes);
    if (figure.kind === 'derived')
      add('figures', figure.id, 'explanation', figure.explanation, [...quotes, figure.formula]);
  }
  for (const event of data.events) {
    const quotes = [...quotesOf(eventSeedRefs(event)), ...dateWords(event.date)];
    add('events', event.id, 'title', event.title, quotes);
    add('events', event.id, 'summary', event.summary, quotes);
    add('events', event.id, 'date.inference', event.date.inference, quotes);
    add('events', event.id, 'date.yearFrom', event.date.yearFrom, quotes);
  }
  for (const conflict of data.conflicts) {
    const all = quotesOf(conflict.claims);
    add('conflicts', conflict.id, 'title', conflict.title, all);
    add('conflicts', conflict.id, 'question', conflict.question, all);
    add('conflicts', conflict.id, 'siteReading', conflict.siteReading, all);
    conflict.claims.forEach((claim, i) =>
      add('conflicts', conflict.id, `claims[${i}].says`, claim.says, quotesOf([claim])),
    );
  }
  for (const entry of data.glossary) {
    add('glossary', entry.id, 'term', entry.term, quotesOf(entry.refs));
    add('glossary', entry.id, 'definition', entry.definition, quotesOf(entry.refs));
    add('glossary', entry.id, 'ownExplanation', entry.ownExplanation, quotesOf(entry.refs));
  }
  for (const person of data.people) {
    add('people', person.id, 'name', person.name, quotesOf(person.refs));
    add('people', person.id, 'role', person.role, quotesOf(person.refs));
  }
  const events = new Map(data.events.map((e) => [e.id, e]));
  const eventQuotes = (id: string | undefined) => (id ? quotesOf(events.get(id)?.sources ?? []) : []);
  for (const chart of data.charts ?? []) {
    const chartQuotes: string[] = chart.events.flatMap(eventQuotes);
    chart.marks.forEach((mark, i) => {
      const where = `marks[${i}]`;
      if (isFigureMark(mark)) {
        const figure = figures.get(mark.figure);
        const quotes = [
          ...(figure ? quotesOf(figureSeedRefs(figure, figures)) : []),
          ...eventQuotes(mark.from),
          ...eventQuotes(mark.until),
        ];
        chartQuotes.push(...quotes);
        add('charts', chart.id, `${where}.label`, mark.label, quotes);
        add('charts', chart.id, `${where}.note`, mark.note, quotes);
      } else {
        const quotes = [...quotesOf(mark.refs), ...eventQuotes(mark.event)];
        chartQuotes.push(...quotes);
        add('charts', chart.id, `${where}.label`, mark.label, quotes);
        add('charts', chart.id, `${where}.period`, mark.period, quotes);
        add('charts', chart.id, `${where}.says`, mark.says, quotes);
      }
    });
    add('charts', chart.id, 'title', chart.title, chartQuotes);
    add('charts', chart.id, 'description', chart.description, chartQuotes);
  }
  for (const correction of data.corrections ?? []) {
    add('corrections', correction.id, 'now', correction.now, quotesOf(correction.refs));
  }
  for (const source of data.sources) {
    // Source metadata describes the whole document, so the whole seed is its quote.
    const whole = [seeds.get(source.id)?.text ?? ''];
    add('sources', source.id, 'publisherBasis', source.publisherBasis, whole);
    if (source.headlineBasis) add('sources', source.id, 'headlineBasis', source.headlineBasis, whole);
    if ('reading' in source.published) add('sources', source.id, 'published.reading', source.published.reading, whole);
    else add('sources', source.id, 'published.implied', source.published.implied, whole);
    source.caveats.forEach((caveat, i) => add('sources', source.id, `caveats[${i}]`, caveat, whole));
    source.boilerplate.forEach((b, i) => add('sources', source.id, `boilerplate[${i}].what`, b.what, whole));
  }
  for (const unused of data.unused) {
    const seed = seeds.get(unused.seed);
    const lines = seed ? seed.lines.slice(unused.lines[0] - 1, unused.lines[1]) : [];
    add('unused', unused.id, 'reason', unused.reason, lines);
  }
  return fields;
}

/** "line 13", "lines 21–77", "lines 4, 9 and 12": pointers into a seed, not quantities. */
const LINE_REFERENCE = /\blines?\s+\p{Nd}+(?:\s*(?:[–-]|,|and|to)\s*\p{Nd}+)*/giu;

/** Years that verified dates in the data carry. */
export function datedYears(data: Dataset): Set<number> {
  const dates = [...data.events.map((e) => e.date), ...data.figures.map((f) => f.date)];
  return new Set(dates.flatMap((d) => [d.value, d.end ?? d.value].map((v) => Number(v.slice(0, 4)))));
}

/** A quantity in a data prose field that none of the field's quotes states. */
export const checkDataProse: DatasetCheck = ({ data, seeds, fileOf }: CheckContext): VerifyError[] => {
  const errors: VerifyError[] = [];
  const years = datedYears(data);
  for (const field of proseFields(data, seeds)) {
    const text = field.text.replace(LINE_REFERENCE, (ref) => ' '.repeat(ref.length));
    for (const quantity of findQuantities(text)) {
      if (quantityInQuotes(quantity, field.quotes)) continue;
      if (quantity.kind === 'digits' && /^\p{Nd}{4}$/u.test(quantity.text) && years.has(numbersIn(quantity.text)[0]!))
        continue;
      errors.push({
        file: fileOf(field.collection, field.id),
        id: field.id,
        message: `${field.field} shows ${quantity.kind === 'digits' ? 'the number' : 'the quantity in words'} "${quantity.text}", which none of this entry's seed lines states. Expected: a quantity in data prose only where a line the entry cites carries it (found in "${field.text.length > 100 ? `${field.text.slice(0, 100)}…` : field.text}"). Fix: reword without it, or cite the line that states it and quote its words.`,
      });
    }
  }
  return errors;
};
