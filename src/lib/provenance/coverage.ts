/**
 * Seed coverage: is every material line of every seed either used by the site or deliberately
 * set aside? A line is material unless it is blank or page boilerplate (sources.yaml). It is
 * covered when a topic page cites it (through the same remark check the build runs), when a data
 * entry rests on it (figure, event, conflict, glossary term, person, or the source's own metadata),
 * or when content/data/unused-lines.yaml lists it with a reason.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { seedKey, type CitationKey } from './citations';
import type { Project } from './load';
import type { Dataset, Seed } from './verify';
import { isBoilerplate } from './verify';
import { checkTree, type Problem } from '../remark/provenance-check';

export const PAGES_DIR = 'content/pages';

export interface SeedCoverage {
  seed: string;
  /** Non-blank, non-boilerplate line numbers. */
  material: number[];
  /** Material lines cited by a page or a data entry. */
  cited: number[];
  /** Material lines not cited but listed in unused-lines.yaml. */
  unused: number[];
  /** Material lines neither cited nor listed: these fail the coverage test. */
  uncovered: number[];
  /** Lines listed as unused although something cites them (harmless, but the list is stale). */
  listedButCited: number[];
}

/** Lines of a seed that need covering: not blank, not boilerplate. */
export function materialLines(seed: Seed): number[] {
  const lines: number[] = [];
  seed.lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    if (isBoilerplate(seed.source, line)) return;
    lines.push(line);
  });
  return lines;
}

/** Seed lines that data entries rest on, including the source records' own line pointers. */
export function dataCitedLines(data: Dataset): Set<CitationKey> {
  const keys = new Set<CitationKey>();
  const add = (seed: string, line: number) => keys.add(seedKey(seed, line));
  for (const figure of data.figures) {
    if (figure.kind === 'sourced') add(figure.source.seed, figure.source.line);
    if (figure.date.source) add(figure.date.source.seed, figure.date.source.line);
  }
  for (const event of data.events) {
    for (const ref of event.sources) add(ref.seed, ref.line);
    if (event.date.source) add(event.date.source.seed, event.date.source.line);
  }
  for (const conflict of data.conflicts) for (const claim of conflict.claims) add(claim.seed, claim.line);
  for (const entry of data.glossary) for (const ref of entry.refs) add(ref.seed, ref.line);
  for (const person of data.people) for (const ref of person.refs) add(ref.seed, ref.line);
  // Headline, byline and date lines are shown on the source pages.
  for (const source of data.sources) {
    if (source.headlineLine) add(source.id, source.headlineLine);
    if (source.authorLine) add(source.id, source.authorLine);
    if ('line' in source.published) add(source.id, source.published.line);
    else for (const evidence of source.published.impliedBy) add(source.id, evidence.line);
  }
  return keys;
}

/** Blank out a leading YAML frontmatter block, keeping the line count so positions stay true. */
export function stripFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return text;
  const blanked = match[0].replace(/[^\n]/g, '');
  return blanked + text.slice(match[0].length);
}

export function parseMdx(text: string): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
  return processor.runSync(processor.parse(stripFrontmatter(text))) as Root;
}

export interface PageCitations {
  lines: Set<CitationKey>;
  /** Provenance problems per page file (the build would fail on these too). */
  problems: Map<string, Problem[]>;
}

/** Run the build's remark check over MDX texts keyed by file name, collecting the seed lines they cite. */
export function pageCitedLines(pages: Map<string, string>, project: Project): PageCitations {
  const lines = new Set<CitationKey>();
  const problems = new Map<string, Problem[]>();
  for (const [file, text] of pages) {
    const result = checkTree(parseMdx(text), project);
    for (const key of result.citedLines) lines.add(key);
    if (result.problems.length) problems.set(file, result.problems);
  }
  return { lines, problems };
}

export function readPages(root: string): Map<string, string> {
  const dir = join(root, PAGES_DIR);
  const pages = new Map<string, string>();
  if (!existsSync(dir)) return pages;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    pages.set(join(PAGES_DIR, name), readFileSync(join(dir, name), 'utf8'));
  }
  return pages;
}

/** Coverage of every seed, given everything that cites a line. */
export function computeCoverage(project: Pick<Project, 'data' | 'seeds'>, cited: Set<CitationKey>): SeedCoverage[] {
  const report: SeedCoverage[] = [];
  for (const [id, seed] of project.seeds) {
    const listed = new Set<number>();
    for (const entry of project.data.unused.filter((u) => u.seed === id)) {
      for (let line = entry.lines[0]; line <= entry.lines[1]; line++) listed.add(line);
    }
    const material = materialLines(seed);
    const isCited = (line: number) => cited.has(seedKey(id, line));
    report.push({
      seed: id,
      material,
      cited: material.filter(isCited),
      unused: material.filter((line) => !isCited(line) && listed.has(line)),
      uncovered: material.filter((line) => !isCited(line) && !listed.has(line)),
      listedButCited: material.filter((line) => isCited(line) && listed.has(line)),
    });
  }
  return report;
}

/** Whole-project coverage: pages on disk plus the data. */
export function projectCoverage(root: string, project: Project): { coverage: SeedCoverage[]; problems: Map<string, Problem[]> } {
  const pages = pageCitedLines(readPages(root), project);
  const cited = new Set<CitationKey>([...dataCitedLines(project.data), ...pages.lines]);
  return { coverage: computeCoverage(project, cited), problems: pages.problems };
}

/** "3-5, 9" from [3, 4, 5, 9]. */
export function formatRanges(lines: number[]): string {
  const parts: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  for (const line of [...lines].sort((a, b) => a - b).concat(Number.NaN)) {
    if (start !== undefined && previous !== undefined && line === previous + 1) {
      previous = line;
      continue;
    }
    if (start !== undefined && previous !== undefined) parts.push(start === previous ? `${start}` : `${start}-${previous}`);
    start = line;
    previous = line;
  }
  return parts.join(', ');
}

export function formatCoverageReport(coverage: SeedCoverage[], seeds?: Map<string, Seed>): string {
  const out: string[] = [];
  for (const c of coverage) {
    out.push(
      `${c.seed}: cited ${c.cited.length} of ${c.material.length} material lines; ${c.unused.length} listed as unused; ${c.uncovered.length} uncovered`,
    );
    for (const line of c.uncovered) {
      const text = seeds?.get(c.seed)?.lines[line - 1] ?? '';
      out.push(`  uncovered ${c.seed}:${line}  ${text.slice(0, 90)}${text.length > 90 ? '…' : ''}`);
    }
    if (c.listedButCited.length) out.push(`  (listed as unused but cited: ${formatRanges(c.listedButCited)})`);
  }
  return out.join('\n');
}
