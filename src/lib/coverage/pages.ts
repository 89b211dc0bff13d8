/**
 * Seed coverage including the pages: runs the build's remark check over every MDX page to collect
 * the seed lines it cites, then joins them with the lines the data rests on. It sits above both
 * the provenance layer and the remark layer, so neither has to import the other.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CitationKey } from '../provenance/citations';
import type { Project } from '../provenance/load';
import { computeCoverage, dataCitedLines, type SeedCoverage } from '../provenance/coverage';
import { checkTree, type Problem } from '../remark/provenance-check';
import { PAGES_DIR } from '../provenance/data-files';
import { parseMdx } from '../remark/parse';

export { PAGES_DIR };

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
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    pages.set(join(PAGES_DIR, name), readFileSync(join(dir, name), 'utf8'));
  }
  return pages;
}

/** Whole-project coverage: pages on disk plus the data. */
export function projectCoverage(
  root: string,
  project: Project,
): { coverage: SeedCoverage[]; problems: Map<string, Problem[]> } {
  const pages = pageCitedLines(readPages(root), project);
  const cited = new Set<CitationKey>([...dataCitedLines(project.data), ...pages.lines]);
  return { coverage: computeCoverage(project, cited), problems: pages.problems };
}
