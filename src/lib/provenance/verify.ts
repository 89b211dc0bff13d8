/**
 * The one provenance verifier. The build (src/integrations/provenance.ts), the remark check
 * (src/lib/remark/cited-numbers.ts) and the tests all call it, so "verified" means one thing.
 *
 * Every error names the data file, the entry id, and what was expected versus what was found.
 */
import { createHash } from 'node:crypto';
import type { Chart, Conflict, Event, Figure, GlossaryEntry, Person, SeedRef, Source, SourcedDate, UnusedLine } from './schema';
import { isFigureMark } from './schema';
import { BOUND_WORDS, mentionsMonth, normaliseForMatch, numbersIn } from './text';
import { evaluateFormula, formulaInputs } from './formula';
import { checkDataProse } from './data-prose';
import { checkLevelStarts } from './chart-level-starts';

export interface VerifyError {
  /** Data file (or MDX file) the problem is in, relative to the project root. */
  file: string;
  /** Entry id, or a `seed:line` reference for MDX. */
  id: string;
  message: string;
}

export function formatError(error: VerifyError): string {
  return `${error.file} › ${error.id}: ${error.message}`;
}

/** A seed as read from disk: its bytes' hash and its lines (1-based through `line(n)`). */
export interface Seed {
  source: Source;
  text: string;
  lines: string[];
  sha256: string;
}

export interface Dataset {
  sources: Source[];
  figures: Figure[];
  events: Event[];
  conflicts: Conflict[];
  unused: UnusedLine[];
  glossary: GlossaryEntry[];
  people: Person[];
  /** Optional so datasets built by hand (tests) need not list charts; loadDataset always fills it. */
  charts?: Chart[];
}

/**
 * Where the data lives. Figures, events and conflicts are folders of YAML lists (one file per
 * theme, so pull requests touch small files); sources and unused lines are single files.
 */
export const DATA_FILES = {
  sources: 'content/data/sources.yaml',
  figures: 'content/data/figures/',
  events: 'content/data/events/',
  conflicts: 'content/data/conflicts/',
  unused: 'content/data/unused-lines.yaml',
  glossary: 'content/data/glossary.yaml',
  people: 'content/data/people.yaml',
  charts: 'content/data/charts.yaml',
} as const;

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Build seed records from raw file contents keyed by file name. Missing files are simply absent. */
export function readSeeds(sources: Source[], files: Map<string, Uint8Array>): Map<string, Seed> {
  const seeds = new Map<string, Seed>();
  for (const source of sources) {
    const bytes = files.get(source.file);
    if (!bytes) continue;
    const text = new TextDecoder().decode(bytes);
    seeds.set(source.id, { source, text, lines: text.split('\n'), sha256: sha256(bytes) });
  }
  return seeds;
}

export function isBoilerplate(source: Source, line: number): boolean {
  return source.boilerplate.some(({ lines: [first, last] }) => line >= first && line <= last);
}

/**
 * Check one `seed:line` + quote. Returns problems as plain sentences (the caller adds file and id).
 * The quote must occur on the named line after normalising whitespace and typographic quotes/dashes.
 */
export function checkSeedRef(ref: SeedRef, seeds: Map<string, Seed>): string[] {
  const seed = seeds.get(ref.seed);
  if (!seed) return [`cites seed "${ref.seed}", which is not in ${DATA_FILES.sources} (known: ${[...seeds.keys()].join(', ')})`];
  const text = seed.lines[ref.line - 1];
  if (text === undefined) return [`cites ${ref.seed}:${ref.line}, but ${seed.source.file} has only ${seed.lines.length} lines`];
  const problems: string[] = [];
  if (isBoilerplate(seed.source, ref.line)) {
    problems.push(`cites ${ref.seed}:${ref.line}, which is page boilerplate (not material for the site)`);
  }
  if (!normaliseForMatch(text).includes(normaliseForMatch(ref.quote))) {
    problems.push(
      `quote not found on ${ref.seed}:${ref.line}. Expected the line to contain "${ref.quote}"; the line reads "${truncate(text, 220)}"`,
    );
  }
  return problems;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Check that a date is really in the words quoted for it: the day, the month's name and the
 * year (unless `yearFrom` says where the year comes from). An `inference` opts out, and says why.
 */
function checkDateWords(date: SourcedDate, quotes: string[], seeds: Map<string, Seed>): string[] {
  if (date.inference) return [];
  const problems: string[] = date.source ? checkSeedRef(date.source, seeds).map((p) => `date source: ${p}`) : [];
  const text = (date.source ? [date.source.quote] : quotes).map(normaliseForMatch).join(' ');
  const numbers = numbersIn(text);
  const points = date.precision === 'range' && date.end ? [date.value, date.end] : [date.value];
  for (const point of points) {
    const [year, month, day] = point.split('-').map(Number);
    if (year !== undefined && !date.yearFrom && !numbers.includes(year)) {
      problems.push(
        `date ${point}: the year ${year} is not in "${truncate(text, 160)}". Quote the year, add \`yearFrom\` saying where it comes from, or give the date an \`inference\``,
      );
    }
    if (month !== undefined && !mentionsMonth(text, month)) {
      problems.push(`date ${point}: expected the month's name in "${truncate(text, 160)}"; add a date \`source\` line that states it, or an \`inference\``);
    }
    if (day !== undefined && !numbers.includes(day)) {
      problems.push(`date ${point} is precise to the day, but the day ${day} is not in "${truncate(text, 160)}"`);
    }
  }
  return problems;
}

function checkFigureValue(figure: Extract<Figure, { kind: 'sourced' }>): string[] {
  const problems: string[] = [];
  const found = numbersIn(figure.source.quote);
  if (!found.includes(figure.value)) {
    problems.push(
      `value ${figure.value} does not occur in its quote. Expected ${figure.value}; the quote "${figure.source.quote}" contains ${found.length ? found.join(', ') : 'no number'}`,
    );
  }
  const words = BOUND_WORDS[figure.bound];
  if (words && !words.test(normaliseForMatch(figure.source.quote))) {
    problems.push(`bound "${figure.bound}" is not in the quote's own words; expected a word matching ${words} in "${figure.source.quote}"`);
  }
  if (figure.bound === 'exact') {
    const hedge = Object.entries(BOUND_WORDS).find(([, pattern]) => pattern?.test(figure.source.quote));
    if (hedge) {
      problems.push(`bound is "exact" but the quote hedges ("${figure.source.quote}"); set bound: ${hedge[0]}`);
    }
  }
  return problems;
}

/** Run every check over a dataset. An empty array means everything is proven. */
export function verifyDataset(data: Dataset, seeds: Map<string, Seed>): VerifyError[] {
  const errors: VerifyError[] = [];
  const push = (file: string, id: string, messages: string[]) => {
    for (const message of messages) errors.push({ file, id, message });
  };

  // Sources: the seed file exists, is unchanged, and the metadata's own line pointers hold.
  for (const source of data.sources) {
    const seed = seeds.get(source.id);
    if (!seed) {
      push(DATA_FILES.sources, source.id, [`seed file seeds/${source.file} is missing`]);
      continue;
    }
    if (seed.sha256 !== source.sha256) {
      push(DATA_FILES.sources, source.id, [
        `seeds/${source.file} has changed: expected sha256 ${source.sha256}, found ${seed.sha256}. Seeds are never edited; restore it from ../shared/seeds/`,
      ]);
      // Name everything that stands on the changed seed, so the reader knows what is now unproven.
      for (const figure of data.figures) {
        if (figure.kind === 'sourced' && figure.source.seed === source.id) {
          push(DATA_FILES.figures, figure.id, [`relies on ${source.id}:${figure.source.line}, but seeds/${source.file} has changed (sha256 mismatch)`]);
        }
      }
      for (const event of data.events) {
        if (event.sources.some((ref) => ref.seed === source.id)) {
          push(DATA_FILES.events, event.id, [`relies on seed ${source.id}, but seeds/${source.file} has changed (sha256 mismatch)`]);
        }
      }
    }
    for (const { lines: [first, last] } of source.boilerplate) {
      if (last > seed.lines.length) {
        push(DATA_FILES.sources, source.id, [`boilerplate range ${first}-${last} runs past the end of the file (${seed.lines.length} lines)`]);
      }
    }
    if (source.headlineLine !== undefined) {
      const line = seed.lines[source.headlineLine - 1] ?? '';
      if (!normaliseForMatch(line).includes(normaliseForMatch(source.headline))) {
        push(DATA_FILES.sources, source.id, [`headline expected on line ${source.headlineLine} ("${source.headline}"), found "${truncate(line, 160)}"`]);
      }
    }
    if (source.author !== undefined && source.authorLine !== undefined) {
      const line = seed.lines[source.authorLine - 1] ?? '';
      if (!normaliseForMatch(line).includes(normaliseForMatch(source.author))) {
        push(DATA_FILES.sources, source.id, [`author expected on line ${source.authorLine} ("${source.author}"), found "${truncate(line, 160)}"`]);
      }
    }
    const published = source.published;
    if ('line' in published) {
      const line = seed.lines[published.line - 1] ?? '';
      if (!normaliseForMatch(line).includes(normaliseForMatch(published.stated))) {
        push(DATA_FILES.sources, source.id, [`publication date "${published.stated}" expected on line ${published.line}, found "${truncate(line, 160)}"`]);
      }
    } else {
      for (const evidence of published.impliedBy) {
        push(DATA_FILES.sources, source.id, checkSeedRef({ seed: source.id, ...evidence }, seeds));
      }
    }
  }

  const duplicates = (file: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) push(file, id, [`id "${id}" is used twice; ids must be unique`]);
      seen.add(id);
    }
  };
  duplicates(DATA_FILES.figures, data.figures.map((f) => f.id));
  duplicates(DATA_FILES.events, data.events.map((e) => e.id));
  duplicates(DATA_FILES.conflicts, data.conflicts.map((c) => c.id));
  duplicates(DATA_FILES.glossary, data.glossary.map((g) => g.id));
  duplicates(DATA_FILES.people, data.people.map((p) => p.id));

  // Figures: sourced ones against their line, derived ones by recomputing.
  const byId = new Map(data.figures.map((f) => [f.id, f]));
  for (const figure of data.figures) {
    if (figure.kind === 'sourced') {
      push(DATA_FILES.figures, figure.id, checkSeedRef(figure.source, seeds));
      push(DATA_FILES.figures, figure.id, checkFigureValue(figure));
      push(DATA_FILES.figures, figure.id, checkDateWords(figure.date, [figure.source.quote], seeds));
      continue;
    }
    const used = (() => {
      try {
        return formulaInputs(figure.formula);
      } catch (error) {
        push(DATA_FILES.figures, figure.id, [(error as Error).message]);
        return null;
      }
    })();
    if (!used) continue;
    const declared = [...figure.inputs].sort().join(', ');
    if ([...used].sort().join(', ') !== declared) {
      push(DATA_FILES.figures, figure.id, [`inputs [${declared}] do not match the ids the formula uses [${used.join(', ')}]`]);
    }
    const values: Record<string, number> = {};
    for (const input of figure.inputs) {
      const found = byId.get(input);
      if (!found) push(DATA_FILES.figures, figure.id, [`input "${input}" is not a figure id`]);
      else if (found.id === figure.id) push(DATA_FILES.figures, figure.id, ['a derived figure cannot use itself as an input']);
      else values[input] = found.value;
    }
    if (Object.keys(values).length !== figure.inputs.length) continue;
    try {
      const computed = evaluateFormula(figure.formula, values);
      const digits = figure.digits ?? 2;
      const rounded = Number(computed.toFixed(digits));
      if (Math.abs(rounded - figure.value) > 1e-9) {
        push(DATA_FILES.figures, figure.id, [
          `derived value does not recompute: ${figure.formula} = ${computed} (rounded to ${digits} decimals: ${rounded}), but value is ${figure.value}`,
        ]);
      }
    } catch (error) {
      push(DATA_FILES.figures, figure.id, [(error as Error).message]);
    }
  }

  for (const event of data.events) {
    for (const ref of event.sources) push(DATA_FILES.events, event.id, checkSeedRef(ref, seeds));
    push(DATA_FILES.events, event.id, checkDateWords(event.date, event.sources.map((s) => s.quote), seeds));
  }

  for (const conflict of data.conflicts) {
    for (const claim of conflict.claims) push(DATA_FILES.conflicts, conflict.id, checkSeedRef(claim, seeds));
    if (new Set(conflict.claims.map((c) => c.seed)).size < 2) {
      push(DATA_FILES.conflicts, conflict.id, ['a conflict needs claims from at least two different seeds']);
    }
  }

  // Glossary terms and people: every seed line their words rest on must hold the quoted words.
  for (const entry of data.glossary) {
    for (const ref of entry.refs) push(DATA_FILES.glossary, entry.id, checkSeedRef(ref, seeds));
  }
  for (const person of data.people) {
    for (const ref of person.refs) push(DATA_FILES.people, person.id, checkSeedRef(ref, seeds));
  }

  for (const unused of data.unused) {
    const seed = seeds.get(unused.seed);
    if (!seed) push(DATA_FILES.unused, unused.id, [`names seed "${unused.seed}", which is not in ${DATA_FILES.sources}`]);
    else if (unused.lines[1] > seed.lines.length) {
      push(DATA_FILES.unused, unused.id, [`lines ${unused.lines.join('-')} run past the end of ${seed.source.file} (${seed.lines.length} lines)`]);
    }
  }

  for (const error of verifyCharts(data, seeds)) errors.push(error);
  for (const error of checkLevelStarts(data, seeds)) errors.push(error);

  // Every reader-facing text field: a quantity (digits or words) only where the entry's quotes state it.
  for (const error of checkDataProse(data, seeds)) errors.push(error);

  return errors;
}

/** Every quote behind a figure: its own line, its date's line, and for a derived figure its inputs'. */
export function figureQuotes(figure: Figure, byId: Map<string, Figure>, seen = new Set<string>()): SeedRef[] {
  if (seen.has(figure.id)) return [];
  seen.add(figure.id);
  const refs: SeedRef[] = [];
  if (figure.kind === 'sourced') refs.push(figure.source);
  else for (const input of figure.inputs) {
    const found = byId.get(input);
    if (found) refs.push(...figureQuotes(found, byId, seen));
  }
  if (figure.date.source) refs.push(figure.date.source);
  return refs;
}

/**
 * Charts: every id a chart uses exists, each mark's role matches what its figure is, qualitative
 * notes quote their seed lines verbatim. (Their labels, notes and titles are prose: data-prose.ts
 * checks the quantities in them.)
 */
export function verifyCharts(data: Dataset, seeds: Map<string, Seed>): VerifyError[] {
  const errors: VerifyError[] = [];
  const file = DATA_FILES.charts;
  const figures = new Map(data.figures.map((f) => [f.id, f]));
  const events = new Map(data.events.map((e) => [e.id, e]));
  const conflicts = new Map(data.conflicts.map((c) => [c.id, c]));
  const seenCharts = new Set<string>();
  for (const chart of data.charts ?? []) {
    const fail = (message: string) => errors.push({ file, id: chart.id, message });
    if (seenCharts.has(chart.id)) fail(`chart id "${chart.id}" is used twice; ids must be unique`);
    seenCharts.add(chart.id);
    const requireEvent = (id: string, where: string): void => {
      if (!events.has(id)) fail(`${where}: event "${id}" is not in ${DATA_FILES.events} (known: ${[...events.keys()].join(', ')})`);
    };
    for (const id of chart.events) requireEvent(id, 'events');
    const noteIds = new Set<string>();
    chart.marks.forEach((mark, index) => {
      const where = `mark ${index + 1}`;
      if (isFigureMark(mark)) {
        const figure = figures.get(mark.figure);
        if (!figure) {
          fail(`${where}: figure "${mark.figure}" is not in ${DATA_FILES.figures}`);
          return;
        }
        if (figure.unit !== chart.unit) fail(`${where}: figure "${figure.id}" is in ${figure.unit}, but the chart's unit is ${chart.unit}`);
        const expected: string | null = figure.kind === 'derived' ? 'derived' : figure.status === 'target' ? 'target' : null;
        if (expected && mark.role !== expected) {
          fail(`${where}: figure "${figure.id}" is a ${expected} value, so it must be drawn with role "${expected}", not "${mark.role}"`);
        }
        if (!expected && (mark.role === 'derived' || mark.role === 'target')) {
          fail(`${where}: role "${mark.role}" needs a ${mark.role === 'derived' ? 'derived figure' : 'figure with status: target'}; "${figure.id}" is a sourced, reported figure`);
        }
        if (mark.role === 'disputed') {
          const conflict = mark.conflict ? conflicts.get(mark.conflict) : undefined;
          if (!mark.conflict) fail(`${where}: a disputed mark must name its conflict (conflict: <id> from ${DATA_FILES.conflicts})`);
          else if (!conflict) fail(`${where}: conflict "${mark.conflict}" is not in ${DATA_FILES.conflicts}`);
          else if (figure.kind === 'sourced' && !conflict.claims.some((c) => c.seed === figure.source.seed && c.line === figure.source.line)) {
            fail(`${where}: conflict "${conflict.id}" has no claim from ${figure.source.seed}:${figure.source.line}, the line behind "${figure.id}"`);
          }
        } else if (mark.conflict) {
          fail(`${where}: only a disputed mark names a conflict (role is "${mark.role}")`);
        }
        if (chart.kind === 'timeline' && !mark.series) fail(`${where}: a timeline mark needs a series id`);
        if (mark.from) requireEvent(mark.from, `${where} from`);
        if (mark.until) requireEvent(mark.until, `${where} until`);
      } else {
        if (noteIds.has(mark.note)) fail(`${where}: note id "${mark.note}" is used twice in this chart`);
        noteIds.add(mark.note);
        for (const ref of mark.refs) {
          for (const problem of checkSeedRef(ref, seeds)) fail(`${where} (${mark.note}): ${problem}`);
        }
        if (mark.event) requireEvent(mark.event, `${where} event`);
        if ((mark.at === undefined) !== (mark.atWords === undefined)) {
          fail(`${where} (${mark.note}): \`at\` and \`atWords\` go together: a level drawn for a note must be stated in the source's words`);
        }
        if (mark.atWords && !mark.refs.some((r) => normaliseForMatch(r.quote).includes(normaliseForMatch(mark.atWords!)))) {
          fail(`${where} (${mark.note}): atWords "${mark.atWords}" is not in any of its quotes`);
        }
        if (mark.role === 'qualitative' && mark.at !== undefined) {
          fail(`${where} (${mark.note}): a qualitative note draws no number; remove \`at\` or make it a commitment`);
        }
      }
    });
  }
  return errors;
}
