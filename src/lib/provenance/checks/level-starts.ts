/**
 * A timeline level drawn from an event (`from:` in charts.yaml) claims that the value began on
 * that event's date. That is only sound when the event's own seed lines state the value: an
 * event "higher tariffs took effect on 1 August" names no rate, so it cannot start a 25% level
 * (the rule CONTRIBUTING calls "Chart levels start where a source says so"). Without `from`, a level starts at its figure's own date, and an
 * imprecise date is drawn dashed across its whole span ("in force at some point in it").
 */
import { isFigureMark } from '../schema';
import type { VerifyError } from '../types';
import { findQuantities, quantityInQuotes } from '../quantities';
import { formatFigure } from '../format';
import type { DatasetCheck } from './check';

export const checkLevelStarts: DatasetCheck = ({ data, seeds, fileOf }) => {
  const errors: VerifyError[] = [];
  const figures = new Map(data.figures.map((f) => [f.id, f]));
  const events = new Map(data.events.map((e) => [e.id, e]));
  for (const chart of data.charts ?? []) {
    chart.marks.forEach((mark, index) => {
      if (!isFigureMark(mark) || !mark.from) return;
      const figure = figures.get(mark.figure);
      const event = events.get(mark.from);
      if (!figure || !event) return; // checkCharts (./charts.ts) reports unknown ids.
      const lines = event.sources.map((ref) => seeds.get(ref.seed)?.lines[ref.line - 1] ?? ref.quote);
      const value = findQuantities(String(figure.value))[0];
      if (value && quantityInQuotes(value, lines)) return;
      errors.push({
        file: fileOf('charts', chart.id),
        id: chart.id,
        message: `mark ${index + 1}: drawn from event "${event.id}", but none of its lines (${event.sources.map((s) => `${s.seed}:${s.line}`).join(', ')}) states ${formatFigure(figure)}. Expected: a level starts at an event only if the event's lines state its value. Fix: remove \`from\` so the level starts at the figure's own date (an imprecise date is drawn dashed across its span), or give the figure a date the seeds support.`,
      });
    });
  }
  return errors;
};
