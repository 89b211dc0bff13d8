/**
 * What every MDX check shares: the problem type, the node types, attribute reading, positions
 * and the lists of components. Each check is its own module (check-*.ts, resolve-citations.ts);
 * provenance-check.ts runs them all.
 */
import type { Root, RootContent } from 'mdast';
// Registers the MDX node types (mdxJsxFlowElement, mdxjsEsm, …) on mdast's content unions.
import type {} from 'mdast-util-mdx';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Problem {
  line: number;
  column: number;
  message: string;
  /** The check that found it (its module name without "check-"), e.g. "paragraph-citations". */
  rule?: string;
}

export type JsxNode = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
export type AnyNode = Root | RootContent;

/** The only module MDX may import from. Pages normally need no import: the routes pass the components. */
export const COMPONENT_BARREL = '~/components/mdx';

/** Components that cite: their content is proven, so numbers inside them are allowed. */
export const CITATION_COMPONENTS = ['Fig', 'When', 'Quote', 'Cite'] as const;

/**
 * Every name a barrel exports, read from the barrel itself (src/components/mdx/index.ts, which
 * re-exports src/components/mdx/prose.ts), so the allowed list cannot drift from what pages actually get. Read as
 * text: plain Node (tests, the coverage report) cannot import .astro files. Found next to this
 * module, or from the project root when this module has been bundled elsewhere (the npm scripts
 * bundle with esbuild).
 */
function barrelPath(name: string): string {
  const candidates = [
    fileURLToPath(new URL(`../../components/mdx/${name}`, import.meta.url)),
    join(process.cwd(), 'src/components/mdx', name),
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`component barrel not found; looked in ${candidates.join(', ')}`);
  return found;
}
function barrelExports(name: string): string[] {
  const text = readFileSync(barrelPath(name), 'utf8');
  const reexported = [...text.matchAll(/export \* from '\.\/([\w-]+)'/g)].flatMap((m) => barrelExports(`${m[1]}.ts`));
  return [...reexported, ...[...text.matchAll(/export \{ default as (\w+) \}/g)].map((m) => m[1]!)];
}
export const MDX_COMPONENTS: readonly string[] = barrelExports('index.ts');
/** What the home route provides: the prose components (src/components/mdx/prose.ts), no <Chart>. */
export const HOME_COMPONENTS: readonly string[] = barrelExports('prose.ts');

/** The components the route of a page in this section passes to it. */
export function componentsFor(section: string | undefined): readonly string[] {
  return section === 'home' ? HOME_COMPONENTS : MDX_COMPONENTS;
}

/** Attributes that identify rather than display; their digits are not read by anyone. */
export const NON_VISIBLE_ATTRIBUTES = new Set(['id', 'href', 'class', 'className', 'cites', 'part', 'tone', 'at']);

/** A plain boolean, not a type guard: narrowing on it would exclude every JSX node from the false branch. */
export function isCitation(node: AnyNode): boolean {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (CITATION_COMPONENTS as readonly string[]).includes(node.name ?? '')
  );
}

export function attr(node: JsxNode, name: string): { value?: string; problem?: string } {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found || found.type !== 'mdxJsxAttribute') return {};
  if (typeof found.value === 'string') return { value: found.value };
  return { problem: `<${node.name}> attribute ${name} must be a plain string ("…"), received an expression {…}` };
}

export function setAttr(node: JsxNode, name: string, value: string): void {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

export function positionOf(node: AnyNode): { line: number; column: number } {
  return { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
}

/** Line and column of an offset inside a text node's value. */
export function positionIn(node: AnyNode, value: string, offset: number): { line: number; column: number } {
  const before = value.slice(0, offset);
  const lines = before.split('\n');
  const start = node.position?.start ?? { line: 0, column: 0 };
  return {
    line: start.line + lines.length - 1,
    column: lines.length === 1 ? start.column + before.length : (lines.at(-1)?.length ?? 0) + 1,
  };
}

/** Depth-first walk; `enter` returns false to skip a node's children. */
export function walk(
  node: AnyNode,
  enter: (node: AnyNode, parent?: AnyNode) => boolean | void,
  parent?: AnyNode,
): void {
  if (enter(node, parent) === false) return;
  if ('children' in node) for (const child of node.children as AnyNode[]) walk(child, enter, node);
}

/** Plain text of a node (text, inline code), for messages. */
export function textOf(node: AnyNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as AnyNode[]).map(textOf).join('');
  return '';
}
