/**
 * The check under every other: a `seed:line` reference exists, is material (not page boilerplate)
 * and its quote is on that line. Returns plain sentences; the caller adds file and id.
 */
import type { SeedRef, Source } from '../schema';
import type { Finding, Seed } from '../types';
import { DATA_FILES, seedPath } from '../data-files';
import { normaliseForMatch } from '../text';
import { truncate } from './check';

export function isBoilerplate(source: Source, line: number): boolean {
  return source.boilerplate.some(({ lines: [first, last] }) => line >= first && line <= last);
}

/** The quote must occur on the named line after normalising whitespace and typographic quotes/dashes. */
export function checkSeedRef(ref: SeedRef, seeds: Map<string, Seed>): string[] {
  return seedRefFindings(ref, seeds).map((finding) => finding.message);
}

/** checkSeedRef's problems with their codes, for the dataset checks. */
export function seedRefFindings(ref: SeedRef, seeds: Map<string, Seed>): Finding[] {
  const seed = seeds.get(ref.seed);
  if (!seed)
    return [
      {
        message: `cites seed "${ref.seed}", which is not in ${DATA_FILES.sources} (known: ${[...seeds.keys()].join(', ')})`,
      },
    ];
  const text = seed.lines[ref.line - 1];
  if (text === undefined)
    return [
      {
        message: `cites ${ref.seed}:${ref.line}, but ${seedPath(seed.source.file)} has only ${seed.lines.length} lines`,
      },
    ];
  const at = `${ref.seed}:${ref.line}`;
  const problems: Finding[] = [];
  if (isBoilerplate(seed.source, ref.line)) {
    const message = `cites ${at}, which is page boilerplate (not material for the site); cite a line of the article itself`;
    problems.push({ message, code: 'boilerplate', at });
  }
  if (!normaliseForMatch(text).includes(normaliseForMatch(ref.quote))) {
    problems.push({
      code: 'quote-not-found',
      at,
      message: `quote not found on ${ref.seed}:${ref.line}. Expected the line to contain "${ref.quote}"; the line reads "${truncate(text, 220)}". Check the line number with \`cat -n ${seedPath(seed.source.file)}\` and copy the words exactly`,
    });
  }
  return problems;
}
