/**
 * What each chart role means, said once (like a Plot mark's own defaults). The schema's enums,
 * the verifier's role rules, the marks' aria labels, the chart key and the data table's "Kind"
 * column all read this table. Colours are not here: they are CSS custom properties
 * (--chart-<role>) in src/components/charts/chart.css, from which the downloadable SVG's own
 * stylesheet is derived (src/lib/charts/standalone-style.ts).
 */

/** Roles of a mark that draws a figure. */
export const FIGURE_ROLES = ['data', 'derived', 'target', 'announced', 'reference', 'context', 'disputed'] as const;
export type FigureRole = (typeof FIGURE_ROLES)[number];

/** Roles of a note: what the sources say only in words, or a commitment to a level. */
export const NOTE_ROLES = ['qualitative', 'commitment'] as const;
export type NoteRole = (typeof NOTE_ROLES)[number];

export type MarkRole = FigureRole | NoteRole;

export interface RoleMeaning {
  /** Added to the mark's label for screen readers: "India (a target, not data): …". Empty for plain data. */
  aria: string;
  /** The data table's "Kind" column. */
  kind: string;
  /** The chart key's line for this role, shown when the chart has such a mark. */
  key?: string;
  /**
   * What the figure must be for a mark to take this role, and the role such a figure must take:
   * the verifier enforces both directions, so a chart cannot pass a goal off as data.
   */
  requires?: { figure: 'derived' | 'target' | 'claimed'; words: string };
}

export const ROLES: Record<MarkRole, RoleMeaning> = {
  data: { aria: '', kind: 'stated', key: 'Solid: a figure a source states.' },
  derived: {
    aria: ' (derived, not stated by a source)',
    kind: 'derived',
    key: 'Hatched: derived by the site from a stated figure, not stated by any source.',
    requires: { figure: 'derived', words: 'derived figure' },
  },
  target: {
    aria: ' (a target, not data)',
    kind: 'target',
    key: 'Outlined: a target or goal, not a measurement.',
    requires: { figure: 'target', words: 'figure with status: target' },
  },
  announced: {
    aria: ' (announced, not shown in effect)',
    kind: 'announced',
    key: 'Dashed from an open circle: a level one party announced; the circle is the announcement, and no source says when it took effect.',
    requires: { figure: 'claimed', words: "figure that is one party's claim (claimedBy)" },
  },
  reference: { aria: ' (for comparison)', kind: 'comparison' },
  context: { aria: ' (for context)', kind: 'context' },
  disputed: { aria: ' (disputed claim)', kind: 'disputed claim', key: 'Dotted: a disputed claim (see the table).' },
  qualitative: {
    aria: ' (described in words only)',
    kind: 'words only',
    key: 'Words beside a rule: the sources describe this only in words, so nothing is drawn.',
  },
  commitment: { aria: ' (a commitment, not data)', kind: 'commitment', key: 'Diamond: a commitment announced, not a measurement.' },
};

/** The role a figure must be drawn with, if its kind, status or claim fixes one (derived, target, announced). */
export function requiredRole(figure: { kind: string; status: string; claimedBy?: unknown }): FigureRole | null {
  const is = { derived: figure.kind === 'derived', target: figure.status === 'target', claimed: figure.claimedBy !== undefined };
  return FIGURE_ROLES.find((role) => { const needs = ROLES[role].requires; return needs !== undefined && is[needs.figure]; }) ?? null;
}
