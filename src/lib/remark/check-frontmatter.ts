/** A page's title and description are shown in lists, tabs and search results, where nothing can be cited: no quantities. */
import { findQuantities } from '../provenance/quantities';
import type { Problem } from './mdx-tree';

export const DISPLAYED_FRONTMATTER = ['title', 'description'] as const;

export function checkFrontmatter(frontmatter: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const field of DISPLAYED_FRONTMATTER) {
    const value = frontmatter[field];
    if (typeof value !== 'string') continue;
    for (const quantity of findQuantities(value)) {
      problems.push({
        line: 1,
        column: 1,
        message: `frontmatter ${field} contains the ${quantity.kind === 'digits' ? 'number' : 'quantity in words'} "${quantity.text}"; expected none, since nothing can be cited there. Fix: reword it and give the quantity in the body, cited with <Fig> or <Quote>.`,
      });
    }
  }
  return problems;
}
