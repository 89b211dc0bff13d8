/**
 * A sourced figure is on its line: the quote is there, the value is in the quote, the bound is
 * the quote's own hedge, and the date is in the quoted words.
 */
import type { SourcedFigure } from '../schema';
import { BOUND_WORDS, normaliseForMatch, numbersIn } from '../text';
import type { Finding } from '../types';
import { reporter, type DatasetCheck } from './check';
import { checkDateWords } from './date-words';
import { seedRefFindings } from './seed-ref';

/** The value occurs in the quote, and the bound is the quote's own hedge. */
export function checkFigureValue(figure: SourcedFigure): Finding[] {
  const problems: Finding[] = [];
  const found = numbersIn(figure.source.quote);
  if (!found.includes(figure.value)) {
    problems.push({
      code: 'value-not-in-quote',
      message: `value ${figure.value} does not occur in its quote. Expected ${figure.value}; the quote "${figure.source.quote}" contains ${found.length ? found.join(', ') : 'no number'}`,
    });
  }
  const words = BOUND_WORDS[figure.bound];
  if (words && !words.test(normaliseForMatch(figure.source.quote))) {
    const message = `bound "${figure.bound}" is not in the quote's own words; expected a word matching ${words} in "${figure.source.quote}"`;
    problems.push({ code: 'bound', message });
  }
  if (figure.bound === 'exact') {
    const hedge = Object.entries(BOUND_WORDS).find(([, pattern]) => pattern?.test(figure.source.quote));
    if (hedge)
      problems.push({
        code: 'bound',
        message: `bound is "exact" but the quote hedges ("${figure.source.quote}"); set bound: ${hedge[0]}`,
      });
  }
  return problems;
}

export const checkSourcedFigures: DatasetCheck = (context) => {
  const { errors, report } = reporter(context, 'figures');
  for (const figure of context.data.figures) {
    if (figure.kind !== 'sourced') continue;
    report(figure.id, seedRefFindings(figure.source, context.seeds));
    report(figure.id, checkFigureValue(figure));
    report(figure.id, checkDateWords(figure.date, [figure.source.quote], context.seeds), 'date');
  }
  return errors;
};
