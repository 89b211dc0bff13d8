/**
 * No quantity outside a citation component: digits ("45%") and quantities in words ("doubled",
 * "two million", "half") fail alike, wherever a reader sees them — prose, headings, lists, tables,
 * link text, component attributes that are displayed (an <Aside title>), image alt text and
 * titles, code and raw HTML. What counts as a quantity is decided by findQuantities
 * (src/lib/provenance/quantities.ts), shared with the data-prose check.
 */
import type { Root } from 'mdast';
import { DATA_FILES } from '../provenance/data-files';
import { findQuantities, type Quantity } from '../provenance/quantities';
import {
  isCitation,
  NON_VISIBLE_ATTRIBUTES,
  positionIn,
  positionOf,
  walk,
  type AnyNode,
  type Problem,
} from './mdx-tree';

const FIX_DIGITS =
  `Fix: use <Fig id="…"/> for a figure in ${DATA_FILES.figures}, <When id="…"/> for a date in ${DATA_FILES.events}, ` +
  'or <Quote at="seed:line" text="…"/> for the source\'s own words.';

export function describeQuantity(quantity: Quantity, where = ''): string {
  if (quantity.kind === 'digits') return `uncited number "${quantity.text}"${where}. ${FIX_DIGITS}`;
  return `uncited quantity in words "${quantity.text}"${where}: expected no quantity outside <Fig>, <When>, <Quote> or <Cite>. Fix: quote the source's words with <Quote at="seed:line" text="…${quantity.text}…"/>, show the figure with <Fig id="…"/>, or reword without the quantity.`;
}

export function checkUncitedQuantities(tree: Root): Problem[] {
  const problems: Problem[] = [];
  const inValue = (node: AnyNode, value: string) => {
    for (const quantity of findQuantities(value)) {
      problems.push({ ...positionIn(node, value, quantity.index), message: describeQuantity(quantity) });
    }
  };
  const inAttribute = (node: AnyNode, value: string, where: string) => {
    for (const quantity of findQuantities(value))
      problems.push({ ...positionOf(node), message: describeQuantity(quantity, ` in ${where}`) });
  };
  walk(tree, (node) => {
    if (isCitation(node)) return false; // Content inside a citation component is proven by the component.
    switch (node.type) {
      case 'text':
        inValue(node, node.value);
        return false;
      case 'inlineCode':
      case 'code':
      case 'html':
        for (const quantity of findQuantities(node.value)) {
          problems.push({
            ...positionOf(node),
            message: `${describeQuantity(quantity, ` in ${node.type === 'html' ? 'raw HTML' : 'code'}`)}`,
          });
        }
        return false;
      case 'image':
        // Alt text is read aloud and shown when the image fails: it is prose.
        inAttribute(node, node.alt ?? '', 'image alt text');
        inAttribute(node, node.title ?? '', 'image title');
        return false;
      case 'link':
        inAttribute(node, node.title ?? '', 'link title');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (node.name === 'Chart') return false; // Drawn from verified data; its strings are checked in the verifier.
        // Attribute text such as an <Aside title="…"> or an <img alt="…"> is shown to readers.
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
          if (NON_VISIBLE_ATTRIBUTES.has(attribute.name)) continue;
          const where = `<${node.name}> ${attribute.name}="…"`;
          for (const quantity of findQuantities(attribute.value)) {
            const message =
              quantity.kind === 'digits'
                ? `uncited number "${quantity.text}" in ${where}. Fix: reword the ${attribute.name} without the number and cite it in the text with <Fig>, <When> or <Quote>.`
                : describeQuantity(quantity, ` in ${where}`);
            problems.push({ ...positionOf(node), message });
          }
        }
        return;
      }
    }
  });
  return problems;
}
