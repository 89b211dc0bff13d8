/**
 * What a chart mark unit owns (Observable Plot's idea: one file per kind of mark, with its own
 * defaults): the words each of its roles adds to a mark (aria, table kind, label suffix), its
 * key entries (a drawn sample and a few words), and its geometry. Provenance rules, which role a
 * figure must take, stay in src/lib/provenance/chart-roles.ts.
 */
import type { MarkRole } from '../../provenance/chart-roles';
import type { ChartModel } from '../model';
import type { Shape } from '../shapes';

export interface RoleText {
  /** Added to the mark's label for screen readers: "India (a target, not data): …". Empty for plain data. */
  aria: string;
  /** The data table's "Kind" column. */
  kind: string;
  /** Added to a direct label in the drawing: "18% (announced)". Empty for plain data. */
  suffix: string;
}

export interface KeyEntry {
  /** Stable name of the convention (data-key in the page). */
  name: string;
  /** Whether this chart draws the convention. */
  applies: (model: ChartModel) => boolean;
  /** The sample, drawn in a KEY_SAMPLE_SIZE box with the chart's own classes. */
  sample: Shape[];
  /** What the sample looks like, in words, for the data table's note: "dashed line". */
  drawn: string;
  text: string;
}

export const KEY_SAMPLE_SIZE = { width: 28, height: 14 } as const;
export const KEY_MID = KEY_SAMPLE_SIZE.height / 2;

export type RoleTexts = Partial<Record<MarkRole, RoleText>>;
