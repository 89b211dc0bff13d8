/**
 * remark plugin: the MDX side of provenance. For every MDX page it
 *  1. fails the build on a number in prose outside a citation component (file:line:col + a fix);
 *  2. allows imports only from the component barrel, and no exports or JS expressions;
 *  3. checks every citation component against the data and the seeds (the same verifier
 *     the build and tests use) and numbers its notes in document order;
 *  4. hands the page's note list to the layout as `remarkPluginFrontmatter.citations`.
 *
 * The tree walk is separate from the plugin wrapper so tests and the seed-coverage report can
 * run it on MDX text without Astro.
 */
import type { Root, RootContent, Text } from 'mdast';
// Registers the MDX node types (mdxJsxFlowElement, mdxjsEsm, …) on mdast's content unions.
import type {} from 'mdast-util-mdx';
import { relative } from 'node:path';
import { projectFor, type Project } from '../provenance/load';
import { checkSeedRef } from '../provenance/verify';
import { DIGIT_NAMES } from '../provenance/digit-names';
import { NoteBook, parseSeedKey, seedKey, type CitationKey, type PageNote } from '../provenance/citations';

/** The only module MDX may import from. Pages normally need no import: the layout passes components. */
export const COMPONENT_BARREL = '~/components/mdx';

/** Components that cite: their content is proven, so numbers inside them are allowed. */
export const CITATION_COMPONENTS = ['Fig', 'When', 'Quote', 'Cite'] as const;
/** Every name the barrel exports. A test keeps this list equal to src/components/mdx/index.ts. */
export const MDX_COMPONENTS = [...CITATION_COMPONENTS, 'Aside', 'Chart', 'Reading'] as const;

export interface Problem {
  line: number;
  column: number;
  message: string;
}

export interface CheckResult {
  problems: Problem[];
  notes: PageNote[];
  /** Seed lines this page cites (directly or through figures and events), for coverage. */
  citedLines: Set<CitationKey>;
}

type JsxNode = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type AnyNode = Root | RootContent;

/** Attributes that identify rather than display; their digits are not read by anyone. */
const NON_VISIBLE_ATTRIBUTES = new Set(['id', 'href', 'class', 'className']);

const NUMBER_PATTERN = /\d+(?:[.,:]\d+)*(?:\s?%|\s?per ?cent)?/g;
const NAME_PATTERN = new RegExp(
  DIGIT_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);

function attr(node: JsxNode, name: string): { value?: string; problem?: string } {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found || found.type !== 'mdxJsxAttribute') return {};
  if (typeof found.value === 'string') return { value: found.value };
  return { problem: `<${node.name}> attribute ${name} must be a plain string ("…"), received an expression {…}` };
}

function setAttr(node: JsxNode, name: string, value: string): void {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

function positionOf(node: AnyNode): { line: number; column: number } {
  return { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
}

function closest(wanted: string, candidates: string[]): string {
  const parts = wanted.split('-');
  const scored = candidates
    .map((c) => ({ c, score: parts.filter((p) => c.includes(p)).length }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .filter((s) => s.score > 0)
    .map((s) => s.c);
  return scored.length ? ` Did you mean: ${scored.join(', ')}?` : '';
}

/** Walk one MDX tree. Mutates citation nodes (adds `cites`), returns problems and notes. */
export function checkTree(tree: Root, project: Project): CheckResult {
  const problems: Problem[] = [];
  const book = new NoteBook();
  const citedLines = new Set<CitationKey>();
  const figures = new Map(project.data.figures.map((f) => [f.id, f]));
  const events = new Map(project.data.events.map((e) => [e.id, e]));
  const report = (node: AnyNode, message: string): void => {
    problems.push({ ...positionOf(node), message });
  };

  const citeSeed = (key: CitationKey, quote?: string) => {
    citedLines.add(key);
    return book.cite(key, quote);
  };

  function handleCitation(node: JsxNode): void {
    const marks = [];
    const fail = (message: string): void => {
      report(node, message);
    };
    for (const name of ['id', 'at', 'text', 'part']) {
      const { problem } = attr(node, name);
      if (problem) return fail(problem);
    }
    switch (node.name) {
      case 'Fig': {
        const id = attr(node, 'id').value;
        const part = attr(node, 'part').value ?? 'value';
        if (!id) return fail('<Fig> needs id="…", the id of a figure in content/data/figures.yaml');
        const figure = figures.get(id);
        if (!figure) return fail(`<Fig id="${id}">: no such figure in content/data/figures.yaml.${closest(id, [...figures.keys()])}`);
        if (part !== 'value' && part !== 'date') return fail(`<Fig part="${part}">: expected part="value" or part="date"`);
        if (figure.kind === 'derived') {
          marks.push(book.cite(`figure:${figure.id}`));
          for (const input of figure.inputs) {
            const source = figures.get(input);
            if (source?.kind === 'sourced') citedLines.add(seedKey(source.source.seed, source.source.line));
          }
        } else if (part === 'date' && figure.date.source) {
          marks.push(citeSeed(seedKey(figure.date.source.seed, figure.date.source.line), figure.date.source.quote));
        } else {
          marks.push(citeSeed(seedKey(figure.source.seed, figure.source.line), figure.source.quote));
        }
        break;
      }
      case 'When': {
        const id = attr(node, 'id').value;
        if (!id) return fail('<When> needs id="…", the id of an event in content/data/events.yaml');
        const event = events.get(id);
        if (!event) return fail(`<When id="${id}">: no such event in content/data/events.yaml.${closest(id, [...events.keys()])}`);
        for (const ref of event.sources) marks.push(citeSeed(seedKey(ref.seed, ref.line), ref.quote));
        break;
      }
      case 'Quote':
      case 'Cite': {
        const at = attr(node, 'at').value;
        if (!at) return fail(`<${node.name}> needs at="seed:line", e.g. at="aljazeera:13"`);
        const keys = at.split(/[\s,]+/).filter(Boolean);
        if (node.name === 'Quote' && keys.length !== 1) return fail(`<Quote at="${at}">: a quotation comes from exactly one line`);
        for (const raw of keys) {
          const parsed = parseSeedKey(raw);
          if (!parsed) return fail(`<${node.name} at="${at}">: "${raw}" is not a seed:line reference like "aljazeera:13"`);
          const text = node.name === 'Quote' ? attr(node, 'text').value : undefined;
          if (node.name === 'Quote' && !text) return fail('<Quote> needs text="…": the exact words, which are checked against the seed line');
          // A bare citation must still point at a real, material line; a quotation must also match it.
          const ref = { ...parsed, quote: text ?? '' };
          const found = checkSeedRef(ref, project.seeds).filter((p) => text !== undefined || !p.startsWith('quote not found'));
          if (found.length) return fail(`<${node.name} at="${raw}">: ${found.join('; ')}`);
          marks.push(citeSeed(seedKey(parsed.seed, parsed.line), text));
        }
        break;
      }
    }
    setAttr(node, 'cites', JSON.stringify(marks));
  }

  function checkText(node: Text): void {
    const masked = node.value.replace(NAME_PATTERN, (m) => 'x'.repeat(m.length));
    for (const match of masked.matchAll(NUMBER_PATTERN)) {
      const before = node.value.slice(0, match.index);
      const lines = before.split('\n');
      const start = node.position?.start ?? { line: 0, column: 0 };
      const line = start.line + lines.length - 1;
      const column = lines.length === 1 ? start.column + before.length : (lines.at(-1)?.length ?? 0) + 1;
      problems.push({
        line,
        column,
        message: `uncited number "${match[0]}". Fix: use <Fig id="…"/> for a figure in content/data/figures.yaml, <When id="…"/> for a date in events.yaml, or <Quote at="seed:line" text="…"/> for the source's own words.`,
      });
    }
  }

  function visit(node: AnyNode): void {
    switch (node.type) {
      case 'mdxjsEsm': {
        const body = (node.data as { estree?: { body: Array<{ type: string; source?: { value: unknown } }> } } | undefined)?.estree?.body ?? [];
        for (const statement of body) {
          if (statement.type === 'ImportDeclaration') {
            const source = String(statement.source?.value);
            if (source !== COMPONENT_BARREL) {
              report(node, `MDX may import only from "${COMPONENT_BARREL}" (received import from "${source}"). Pages get Fig, Quote, Cite and the other components without importing them.`);
            }
          } else {
            report(node, `MDX may not export or run code (found ${statement.type}). Put data in content/data/ and use the components.`);
          }
        }
        if (body.length === 0) report(node, 'MDX may contain only imports from the component barrel; this ESM block could not be read');
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
          report(node, `JavaScript expressions {…} are not allowed in MDX pages (found {${node.value.trim().slice(0, 40)}}); only {/* comments */}.`);
        }
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (/^[A-Z]/.test(name) && !(MDX_COMPONENTS as readonly string[]).includes(name)) {
          report(node, `<${name}> is not a component this site provides. Expected one of: ${MDX_COMPONENTS.join(', ')}.`);
          return;
        }
        if (name === 'Chart') {
          // A chart draws verified data; here we only make sure it names a chart that exists.
          const { value: id, problem } = attr(node, 'id');
          const charts = (project.data.charts ?? []).map((c) => c.id);
          if (problem) report(node, problem);
          else if (!id || !charts.includes(id)) report(node, `<Chart id="${id ?? ''}">: no such chart in content/data/charts.yaml. Expected one of: ${charts.join(', ')}`);
          return;
        }
        if ((CITATION_COMPONENTS as readonly string[]).includes(name)) {
          handleCitation(node);
          return; // Content inside a citation component is proven by the component.
        }
        // Attribute text such as an <Aside title="…"> is shown to readers: it may not carry numbers either.
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
          if (NON_VISIBLE_ATTRIBUTES.has(attribute.name)) continue;
          const masked = attribute.value.replace(NAME_PATTERN, '');
          const match = masked.match(NUMBER_PATTERN);
          if (match) report(node, `uncited number "${match[0]}" in <${name}> ${attribute.name}="…". Fix: reword the ${attribute.name} without the number and cite it in the text with <Fig>, <When> or <Quote>.`);
        }
        break;
      }
      case 'text':
        checkText(node);
        return;
      case 'inlineCode':
      case 'code':
      case 'html':
        if (/\d/.test(node.value.replace(NAME_PATTERN, ''))) {
          report(node, `number in ${node.type === 'html' ? 'raw HTML' : 'code'} ("${node.value.slice(0, 40)}"): numbers must go through a citation component`);
        }
        return;
    }
    if ('children' in node) for (const child of node.children as AnyNode[]) visit(child);
  }

  visit(tree);
  return { problems, notes: book.list(), citedLines };
}

/** Numbers are not allowed in a page's title or description either: they are not linkable there. */
export function checkFrontmatter(frontmatter: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['title', 'description']) {
    const value = frontmatter[field];
    if (typeof value !== 'string') continue;
    const masked = value.replace(NAME_PATTERN, '');
    const match = masked.match(NUMBER_PATTERN);
    if (match) {
      problems.push({ line: 1, column: 1, message: `frontmatter ${field} contains the number "${match[0]}"; numbers belong in the body, cited with <Fig>` });
    }
  }
  return problems;
}

export function formatProblems(file: string, problems: Problem[]): string {
  return problems.map((p) => `${file}:${p.line}:${p.column} ${p.message}`).join('\n');
}

interface VFileLike {
  path?: string;
  cwd?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** The remark plugin. `root` is the project root (where seeds/ and content/data/ live). */
export function remarkProvenanceCheck(options: { root: string }) {
  return function transformer(tree: Root, file: VFileLike): void {
    const project = projectFor(options.root);
    const frontmatter = (file.data.astro ??= {}).frontmatter ?? {};
    const result = checkTree(tree, project);
    const problems = [...checkFrontmatter(frontmatter), ...result.problems];
    const path = file.path ? relative(options.root, file.path) : '(mdx)';
    if (problems.length) {
      throw new Error(`Provenance check failed for ${path}:\n${formatProblems(path, problems)}`);
    }
    file.data.astro.frontmatter = { ...frontmatter, citations: result.notes };
  };
}
