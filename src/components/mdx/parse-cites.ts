import type { Mark } from '../../lib/provenance/citations';

/**
 * Citation components receive `cites` from the remark check (src/lib/remark/provenance-check.ts).
 * Without it the component is being used outside a checked MDX page: fail loudly.
 */
export function parseCites(component: string, cites: unknown): Mark[] {
  if (typeof cites !== 'string') {
    throw new Error(
      `<${component}> received cites=${JSON.stringify(cites)}; expected the JSON string the provenance remark check adds. Use <${component}> only in MDX pages under content/pages/.`,
    );
  }
  const marks = JSON.parse(cites) as Mark[];
  if (!Array.isArray(marks)) throw new Error(`<${component}> received cites=${cites}; expected a JSON array of marks`);
  // Empty when a later mark in the same sentence cites the same line (one mark per claim).
  return marks;
}
