/**
 * No doubled hedge: <Fig> already prints a hedged figure's bound ("about 2 million barrels a
 * day"), so prose that hedges again right before it reads "about nearly 2 million…".
 */
import type { Root } from 'mdast';
import type { Project } from '../provenance/load';
import { formatFigure } from '../provenance/format';
import { attr, positionOf, walk, type AnyNode, type Problem } from './mdx-tree';

/** Words that hedge a quantity when they come directly before it. */
export const HEDGE_WORDS = [
  'about',
  'nearly',
  'almost',
  'around',
  'roughly',
  'some',
  'over',
  'more than',
  'less than',
  'fewer than',
  'up to',
  'approximately',
  'close to',
  'under',
  'just over',
  'just under',
];
const HEDGE_BEFORE = new RegExp(`\\b(${HEDGE_WORDS.join('|').replace(/ /g, '\\s+')})\\s*$`, 'i');

export function checkDoubledHedges(tree: Root, project: Project): Problem[] {
  const problems: Problem[] = [];
  const figures = new Map(project.data.figures.map((f) => [f.id, f]));
  walk(tree, (node) => {
    if (!('children' in node)) return;
    const children = node.children as AnyNode[];
    children.forEach((child, i) => {
      if (child.type !== 'mdxJsxTextElement' || child.name !== 'Fig') return;
      const figure = figures.get(attr(child, 'id').value ?? '');
      if (!figure || figure.bound === 'exact' || (attr(child, 'part').value ?? 'value') !== 'value') return;
      const before = children[i - 1];
      const hedge = before?.type === 'text' ? before.value.match(HEDGE_BEFORE) : null;
      if (!hedge) return;
      problems.push({
        ...positionOf(child),
        message: `doubled hedge: "${hedge[1]}" before <Fig id="${figure.id}">, which already prints "${formatFigure(figure)}" (bound "${figure.bound}"), so readers see "${hedge[1]} ${formatFigure(figure)}". Expected: no hedge word before a hedged figure. Fix: delete "${hedge[1]}".`,
      });
    });
  });
  return problems;
}
