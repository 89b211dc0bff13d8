/**
 * The chart mark units, one file per kind of mark: level (timeline lines), event (timeline
 * events), bar, note (words only) and commitment. Each owns its roles' words, its key entries and
 * its geometry; this index only gathers the words and the key.
 */
import type { MarkRole } from '../../provenance/chart-roles';
import type { ChartModel } from '../model';
import { BAR_KEY, BAR_ROLES } from './bar';
import { COMMITMENT_KEY, COMMITMENT_ROLES } from './commitment';
import { EVENT_KEY } from './event';
import { drawnInPlot, LEVEL_KEY, LEVEL_ROLES } from './level';
import { NOTE_KEY, NOTE_ROLES_TEXT } from './note';
import type { KeyEntry, RoleText } from './types';

export { KEY_SAMPLE_SIZE, type KeyEntry, type RoleText } from './types';
export { drawnInPlot };

/** Each role's words (aria, table kind, label suffix), from the unit that draws it. */
export const ROLE_TEXT = { ...LEVEL_ROLES, ...BAR_ROLES, ...NOTE_ROLES_TEXT, ...COMMITMENT_ROLES } as Record<
  MarkRole,
  RoleText
>;

/** Every key entry, in the order the key lists them. */
const KEY: KeyEntry[] = [...LEVEL_KEY, ...EVENT_KEY, ...BAR_KEY, ...NOTE_KEY, ...COMMITMENT_KEY];

/** The chart's key: each convention it draws, as a drawn sample and a few words. */
export function chartKey(model: ChartModel): KeyEntry[] {
  return KEY.filter((entry) => entry.applies(model));
}

/**
 * The data table's note on how the chart is drawn: each convention of its key, the drawing then
 * its meaning ("Dashed line: date known only to the month…"), so a reader of the table alone can
 * decode the drawing while the text alternatives keep to the message. Generated from the mark
 * units' key entries, never written per chart. Empty for a chart that draws nothing.
 */
export function drawingNote(model: ChartModel): string {
  // One sentence per convention: some meanings carry their own semicolon.
  const entries = chartKey(model).map((e) => `${e.drawn.charAt(0).toUpperCase()}${e.drawn.slice(1)}: ${e.text}.`);
  if (!entries.length) return '';
  const notDrawn = model.marks.some((mark) => !drawnInPlot(mark.role))
    ? ' Rows marked “not drawn” are in this table only.'
    : '';
  return `${entries.join(' ')}${notDrawn}`;
}
