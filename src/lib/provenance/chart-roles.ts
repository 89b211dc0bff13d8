/**
 * The chart roles and their provenance rules, said once: the schema's enums and the verifier's
 * role rules read this file. How each role is drawn and worded (aria text, table kind, label
 * suffix, key entry) belongs to the mark unit that draws it (src/lib/charts/marks/); colours are
 * CSS custom properties (--chart-<role>) in src/components/charts/chart.css.
 */

/** Roles of a mark that draws a figure. */
export const FIGURE_ROLES = ['data', 'derived', 'target', 'announced', 'reference', 'context', 'disputed'] as const;
export type FigureRole = (typeof FIGURE_ROLES)[number];

/** Roles of a note: what the sources say only in words, or a commitment to a level. */
export const NOTE_ROLES = ['qualitative', 'commitment'] as const;
export type NoteRole = (typeof NOTE_ROLES)[number];

export type MarkRole = FigureRole | NoteRole;

/**
 * What the figure must be for a mark to take a role, and the role such a figure must take: the
 * verifier enforces both directions, so a chart cannot pass a goal off as data.
 */
export interface RoleRule {
  requires: { figure: 'derived' | 'target' | 'claimed'; words: string };
}

export const ROLE_RULES: Partial<Record<MarkRole, RoleRule>> = {
  derived: { requires: { figure: 'derived', words: 'derived figure' } },
  target: { requires: { figure: 'target', words: 'figure with status: target' } },
  announced: { requires: { figure: 'claimed', words: "figure that is one party's claim (claimedBy)" } },
};

/** The role a figure must be drawn with, if its kind, status or claim fixes one (derived, target, announced). */
export function requiredRole(figure: { kind: string; status: string; claimedBy?: unknown }): FigureRole | null {
  const is = {
    derived: figure.kind === 'derived',
    target: figure.status === 'target',
    claimed: figure.claimedBy !== undefined,
  };
  return (
    FIGURE_ROLES.find((role) => {
      const needs = ROLE_RULES[role]?.requires;
      return needs !== undefined && is[needs.figure];
    }) ?? null
  );
}
