/**
 * A chart that is one number: one figure drawn as a bar, the rest words or an announcement. Such
 * a chart is shown as a figure card (the number, its label and date, its notes), because one bar
 * beside three notes has nothing to compare and reads as a chart that failed to load.
 */
import type { ChartModel, ResolvedMark } from './model';

export interface FigureCard {
  /** The one figure the chart draws. */
  mark: ResolvedMark;
  /** Everything else: words-only notes and commitments, in the chart's order. */
  notes: ResolvedMark[];
}

export function oneNumber(model: ChartModel): FigureCard | null {
  if (model.kind !== 'bars') return null;
  const figures = model.marks.filter((m) => m.kind === 'figure');
  if (figures.length !== 1) return null;
  return { mark: figures[0]!, notes: model.marks.filter((m) => m.kind !== 'figure') };
}
