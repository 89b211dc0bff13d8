/** Dates as readers see them in "last updated" lines and the changelog: "22 November 2026". */
import { MONTHS } from '../provenance/text';

export function formatLongDay(isoDay: string): string {
  const [y, m, d] = isoDay.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) throw new Error(`formatLongDay: "${isoDay}" is not YYYY-MM-DD`);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Highwire Press / Google Scholar form: "2026/11/22". */
export function slashDay(isoDay: string): string {
  return isoDay.slice(0, 10).replace(/-/g, '/');
}
