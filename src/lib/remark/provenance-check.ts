/**
 * remark plugin: the MDX side of provenance. For every MDX page it runs the named checks, each in
 * its own module with its own test:
 *  - check-code-policy: imports only from the component barrel, no exports or JS expressions;
 *  - resolve-citations: every citation component against the data and the seeds, notes numbered
 *    in document order (handed to the layout as `remarkPluginFrontmatter.citations`);
 *  - check-uncited-quantities: no digits or quantities in words outside citation components;
 *  - check-doubled-hedges: no hedge word before a <Fig> that prints its own bound;
 *  - check-paragraph-citations: on topic and home pages, every paragraph cited or in <Reading>;
 *  - check-frontmatter: no quantities in the page's title and description.
 * It fails the build with file:line:col and a fix for each problem.
 *
 * checkTree is separate from the plugin wrapper so tests and the seed-coverage report can run
 * it on MDX text without Astro.
 */
import type { Root } from 'mdast';
import { relative } from 'node:path';
import { projectFor, type Project } from '../provenance/load';
import type { CitationKey, PageNote } from '../provenance/citations';
import type { PageFrontmatter } from '../provenance/schema';
import { checkCodePolicy } from './check-code-policy';
import { resolveCitations } from './resolve-citations';
import { checkUncitedQuantities } from './check-uncited-quantities';
import { checkDoubledHedges } from './check-doubled-hedges';
import { checkParagraphCitations, CITED_SECTIONS } from './check-paragraph-citations';
import { checkFrontmatter } from './check-frontmatter';
import { componentsFor, type Problem } from './mdx-tree';

export { COMPONENT_BARREL, CITATION_COMPONENTS, MDX_COMPONENTS, type Problem } from './mdx-tree';
export { checkFrontmatter } from './check-frontmatter';

export interface CheckResult {
  problems: Problem[];
  notes: PageNote[];
  /** Seed lines this page cites (directly or through figures and events), for coverage. */
  citedLines: Set<CitationKey>;
}

export interface CheckOptions {
  /** The page's section; paragraphs must be cited on home and topic pages. Unset: the paragraph rule is not run. */
  section?: PageFrontmatter['section'];
  /** The page's frontmatter, when the caller has it: its displayed fields are checked too. Unset: not checked. */
  frontmatter?: Record<string, unknown>;
}

const tagged = (rule: string, problems: Problem[]) => problems.map((p) => ({ ...p, rule }));

/** Run every MDX check on one tree (and its frontmatter, when given). Mutates citation nodes (adds `cites`). */
export function checkTree(tree: Root, project: Project, options: CheckOptions = {}): CheckResult {
  const citations = resolveCitations(tree, project);
  const problems = [
    ...(options.frontmatter ? tagged('frontmatter', checkFrontmatter(options.frontmatter)) : []),
    ...tagged('code-policy', checkCodePolicy(tree, componentsFor(options.section))),
    ...tagged('citations', citations.problems),
    ...tagged('uncited-quantities', checkUncitedQuantities(tree)),
    ...tagged('doubled-hedges', checkDoubledHedges(tree, project)),
    ...(options.section && (CITED_SECTIONS as readonly string[]).includes(options.section)
      ? tagged('paragraph-citations', checkParagraphCitations(tree))
      : []),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  return { problems, notes: citations.notes, citedLines: citations.citedLines };
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
    const section =
      typeof frontmatter.section === 'string' ? (frontmatter.section as PageFrontmatter['section']) : 'topic';
    const result = checkTree(tree, project, { section, frontmatter });
    const path = file.path ? relative(options.root, file.path) : '(mdx)';
    const problems = result.problems;
    if (problems.length) {
      throw new Error(`Provenance check failed for ${path}:\n${formatProblems(path, problems)}`);
    }
    file.data.astro.frontmatter = { ...frontmatter, citations: result.notes };
  };
}
