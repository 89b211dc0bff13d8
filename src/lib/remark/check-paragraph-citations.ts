/**
 * Every prose paragraph on a topic page and the home page carries a citation mark (<Fig>, <When>,
 * <Quote> or <Cite>), or sits inside <Reading>, the block readers can see is the site's own
 * interpretation. A reader trusts sentences, not only digits: a paragraph with no mark is a
 * paragraph no one can check.
 *
 * Exempt: navigation list items — a list item that starts with a link to a page of this site and
 * adds at most NAVIGATION_WORDS words describing it (the linked page carries the citations).
 */
import type { Paragraph, Root } from 'mdast';
import { isCitation, positionOf, textOf, walk, type AnyNode, type Problem } from './mdx-tree';

/** Sections whose paragraphs must be cited (the pageSchema `section` of the page). */
export const CITED_SECTIONS = ['home', 'topic'] as const;
export const NAVIGATION_WORDS = 25;

function hasCitation(node: AnyNode): boolean {
  let found = false;
  walk(node, (child) => {
    if (isCitation(child)) found = true;
    return !found;
  });
  return found;
}

function isNavigationItem(paragraph: Paragraph, parent: AnyNode | undefined): boolean {
  if (parent?.type !== 'listItem') return false;
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'link' || /^(https?:|mailto:)/.test(first.url)) return false;
  const words = rest
    .map(textOf)
    .join('')
    .trim()
    .split(/\s+/)
    .filter((w) => /\w/.test(w));
  return words.length <= NAVIGATION_WORDS;
}

export function checkParagraphCitations(tree: Root): Problem[] {
  const problems: Problem[] = [];
  walk(tree, (node, parent) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Reading')
      return false;
    if (isCitation(node)) return false;
    if (node.type !== 'paragraph') return;
    const text = textOf(node).trim();
    if (!text || hasCitation(node) || isNavigationItem(node, parent)) return false;
    const start = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    problems.push({
      ...positionOf(node),
      message: `paragraph with no citation ("${start}"). Expected: at least one <Fig>, <When>, <Quote> or <Cite> in every paragraph of a topic or home page, or the paragraph inside <Reading>…</Reading>. Fix: cite every seed line the paragraph rests on, or, if it is the site's own interpretation, wrap it in <Reading>.`,
    });
    return false;
  });
  return problems;
}
