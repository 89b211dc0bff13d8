/** What every mark unit shares: rounding, the tooltip details and the aria label built from a role's words. */
import type { MarkInfo } from '../shapes';
import type { ResolvedMark } from '../model';
import type { RoleText } from './types';

export const round = (n: number) => Math.round(n * 10) / 10;

/** One link per source line; several quotes from one line are joined. */
export function linesOf(sources: ResolvedMark['sources']): MarkInfo['sources'] {
  const byLine = new Map<string, MarkInfo['sources'][number]>();
  for (const { label, href, quote } of sources) {
    const found = byLine.get(href);
    if (found) found.quote = `${found.quote} … ${quote}`;
    else byLine.set(href, { label, href, quote });
  }
  return [...byLine.values()];
}

export function markInfo(mark: ResolvedMark): MarkInfo {
  return {
    label: mark.label,
    // As presentFigure prints it everywhere else: the claimant stays with the value.
    value: mark.claimText ? `${mark.valueText}, ${mark.claimText}` : mark.valueText,
    date: mark.dateText,
    precision: mark.precisionText,
    note: mark.note,
    derived: mark.derivedFrom,
    sources: linesOf(mark.sources),
  };
}

/**
 * The mark's accessible name: label and role, value, claimant, date and how precise it is, sources.
 * How a date was worked out (inferred, or its year from context) is long; it stays in the tooltip and the table.
 */
export function markAriaLabel(mark: ResolvedMark, role: RoleText): string {
  const { precision } = mark;
  const claim = mark.claimText ? `, ${mark.claimText}` : '';
  const sources = linesOf(mark.sources)
    .map((s) => s.label)
    .join('; ');
  return `${mark.label}${role.aria}: ${mark.valueText}${claim}, ${mark.dateText} (${precision}). Source: ${sources}.`;
}
