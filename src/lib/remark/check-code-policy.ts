/**
 * MDX pages are prose, not programs: imports only from the component barrel, no exports, no
 * JavaScript expressions (comments aside), and only components the barrel provides.
 */
import type { Root } from 'mdast';
import { COMPONENT_BARREL, MDX_COMPONENTS, positionOf, walk, type Problem } from './mdx-tree';

/** `components`: what the page's route provides (componentsFor its section); all of the barrel by default. */
export function checkCodePolicy(tree: Root, components: readonly string[] = MDX_COMPONENTS): Problem[] {
  const problems: Problem[] = [];
  walk(tree, (node) => {
    const report = (message: string) => problems.push({ ...positionOf(node), message });
    switch (node.type) {
      case 'mdxjsEsm': {
        const body =
          (node.data as { estree?: { body: Array<{ type: string; source?: { value: unknown } }> } } | undefined)?.estree
            ?.body ?? [];
        for (const statement of body) {
          if (statement.type === 'ImportDeclaration') {
            const source = String(statement.source?.value);
            if (source !== COMPONENT_BARREL) {
              report(
                `MDX may import only from "${COMPONENT_BARREL}" (received import from "${source}"). Pages get Fig, Quote, Cite and the other components without importing them.`,
              );
            }
          } else {
            report(
              `MDX may not export or run code (found ${statement.type}). Put data in content/data/ and use the components.`,
            );
          }
        }
        if (body.length === 0)
          report('MDX may contain only imports from the component barrel; this ESM block could not be read');
        return false;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
          report(
            `JavaScript expressions {…} are not allowed in MDX pages (found {${node.value.trim().slice(0, 40)}}); only {/* comments */}.`,
          );
        }
        return false;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (/^[A-Z]/.test(name) && !components.includes(name)) {
          const where = MDX_COMPONENTS.includes(name)
            ? "this page's route provides (the home page has no <Chart>)"
            : 'this site provides';
          report(
            `<${name}> is not a component ${where}. Expected one of: ${components.join(', ')}. Fix: use one of them.`,
          );
          return false;
        }
        return;
      }
    }
  });
  return problems;
}
