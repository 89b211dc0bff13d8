/**
 * A date is really in the words quoted for it: the day, the month's name and the year (unless
 * `yearFrom` says where the year comes from). An `inference` opts out, and says why.
 */
import type { SourcedDate } from '../schema';
import type { Seed } from '../types';
import { mentionsMonth, normaliseForMatch, numbersIn } from '../text';
import { truncate } from './check';
import { checkSeedRef } from './seed-ref';

export function checkDateWords(date: SourcedDate, quotes: string[], seeds: Map<string, Seed>): string[] {
  if (date.inference) return [];
  const problems: string[] = date.source ? checkSeedRef(date.source, seeds).map((p) => `date source: ${p}`) : [];
  const text = (date.source ? [date.source.quote] : quotes).map(normaliseForMatch).join(' ');
  const numbers = numbersIn(text);
  const points = date.precision === 'range' && date.end ? [date.value, date.end] : [date.value];
  for (const point of points) {
    const [year, month, day] = point.split('-').map(Number);
    if (year !== undefined && !date.yearFrom && !numbers.includes(year)) {
      problems.push(
        `date ${point}: the year ${year} is not in "${truncate(text, 160)}". Quote the year, add \`yearFrom\` saying where it comes from, or give the date an \`inference\``,
      );
    }
    if (month !== undefined && !mentionsMonth(text, month)) {
      problems.push(
        `date ${point}: expected the month's name in "${truncate(text, 160)}"; add a date \`source\` line that states it, or an \`inference\``,
      );
    }
    if (day !== undefined && !numbers.includes(day)) {
      problems.push(
        `date ${point} is precise to the day, but the day ${day} is not in "${truncate(text, 160)}"; make the date less precise or quote the day`,
      );
    }
  }
  return problems;
}
