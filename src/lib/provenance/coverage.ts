/**
 * Seed coverage: is every material line of every seed either used by the site or deliberately
 * set aside? A line is material unless it is blank or page boilerplate (sources.yaml). It is
 * covered when a topic page cites it (collected by src/lib/coverage/pages.ts, which runs the
 * build's remark check), when a data entry rests on it (figure, event, conflict, glossary term,
 * person, or the source's own metadata), or when content/data/unused-lines.yaml lists it with a
 * reason. This module stays below the remark layer: it takes the cited lines as input.
 */
import { seedKey, type CitationKey } from './citations';
import type { Project } from './load';
import type { Dataset, Seed } from './types';
import { isBoilerplate } from './checks/seed-ref';
import { dataSeedLines } from './lineage';

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
  return new Set(dataSeedLines(data).map(({ seed, line }) => seedKey(seed, line)));
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
    if (start !== undefined && previous !== undefined)
      parts.push(start === previous ? `${start}` : `${start}-${previous}`);
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
