/**
 * rehype plugin: gives every h2–h4 a stable id (GitHub-style slug of its own text, as Astro
 * would) and a "#" permalink shown on hover and focus. The link has no text node (the "#" is
 * drawn by CSS) so heading text — and the table of contents built from it — is unchanged.
 * Ids depend only on the heading's own words, never on the text around it.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-4]$/.test(node.tagName)) return;
      const text = textOf(node).trim();
      const id = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
      node.properties.id = id;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to this section: ${text}` },
        children: [],
      });
    });
  };
}
