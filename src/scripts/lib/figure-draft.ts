/**
 * From a seed line and the words that state a number to a ready figure entry: the logic behind
 * `npm run figure -- aljazeera:13 "sold twice as much"`. It asks the verifier's own questions
 * (is the line boilerplate? are the words on the line? which hedge does the source use?) with
 * the verifier's own functions, and runs the verifier on the draft before printing it.
 */
import type { Project } from '../../lib/provenance/load';
import { figureInputSchema, themeSchema, type Bound, type Theme, type Unit } from '../../lib/provenance/schema';
import { BOUND_WORDS, MONTHS, normaliseForMatch, numbersIn } from '../../lib/provenance/text';
import { verifyDataset } from '../../lib/provenance/verify';
import { isBoilerplate } from '../../lib/provenance/checks/seed-ref';
import { parse } from 'yaml';

export interface FigureDraft {
  /** The YAML entry to paste into content/data/figures/<theme>.yaml (empty when `problems`). */
  yaml: string;
  /** Why no entry can be made (words not on the line, boilerplate, unknown seed…). */
  problems: string[];
  /** What the maintainer must still decide (printed after the entry). */
  notes: string[];
}

/** Which of the verifier's hedges the words use ("exact" when none). */
export function hedgeOf(words: string): { bound: Bound; word?: string } {
  for (const [bound, pattern] of Object.entries(BOUND_WORDS) as [Bound, RegExp | null][]) {
    const match = pattern?.exec(words);
    if (match) return { bound, word: match[0] };
  }
  return { bound: 'exact' };
}

function unitOf(words: string, value: number): Unit {
  const text = normaliseForMatch(words);
  const after = text.slice(text.indexOf(String(value)));
  if (/^[\d.,]+\s*(%|per ?cent)/i.test(after)) return 'percent';
  if (/^[\d.,]+\s*billion/i.test(after) && /\$|dollar|usd/i.test(text)) return 'usd-billion';
  if (/barrels/i.test(after)) return 'million-barrels-per-day';
  if (/^[\d.,]+\s*hours?/i.test(after)) return 'hours';
  if (/^[\d.,]+\s*days?/i.test(after)) return 'days';
  if (/^[\d.,]+\s*(times|x\b)/i.test(after)) return 'times';
  return 'count';
}

/** Themes a line's words point to (the maintainer keeps or changes them). */
const THEME_WORDS: [RegExp, Theme][] = [
  [/tariff|duty|duties/i, 'tariffs'],
  [/crude|oil|barrel/i, 'crude'],
  [/trade|export|import/i, 'trade'],
  [/S-400|defen[cs]e|weapon|missile|arms/i, 'defence'],
  [/autonomy/i, 'autonomy'],
  [/Pakistan/i, 'pakistan'],
];
function themesOf(line: string): Theme[] {
  const themes = THEME_WORDS.filter(([pattern]) => pattern.test(line)).map(([, theme]) => theme);
  return themes.length ? themes.slice(0, 2) : ['analysis'];
}

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

function slug(text: string): string {
  return normaliseForMatch(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
}

const quoteYaml = (text: string) => JSON.stringify(text);

/** The verifier's own verdict on a drafted entry, as it would run in the build. */
function verifierSays(project: Project, yaml: string): string[] {
  const [raw] = parse(yaml) as unknown[];
  const parsed = figureInputSchema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  return verifyDataset({ ...project.data, figures: [...project.data.figures, parsed.data] }, project.seeds)
    .filter((error) => error.id === parsed.data.id)
    .map((error) => error.message);
}

/** Check `seed:line` + words against the project and draft the entry. */
export function draftFigure(project: Project, at: string, words: string): FigureDraft {
  const problems: string[] = [];
  const notes: string[] = [];
  const match = /^([a-z0-9-]+):(\d+)$/.exec(at.trim());
  if (!match) return { yaml: '', problems: [`"${at}" is not seed:line (e.g. aljazeera:13)`], notes };
  const [, seedId, lineText] = match as unknown as [string, string, string];
  const line = Number(lineText);
  const seed = project.seeds.get(seedId);
  if (!seed)
    return {
      yaml: '',
      problems: [
        `no seed "${seedId}": expected one of ${[...project.seeds.keys()].join(', ')} (content/data/sources.yaml)`,
      ],
      notes,
    };
  const text = seed.lines[line - 1];
  if (text === undefined)
    return {
      yaml: '',
      problems: [`${seedId}:${line} does not exist: ${seed.source.file} has ${seed.lines.length} lines`],
      notes,
    };
  if (isBoilerplate(seed.source, line))
    problems.push(
      `${seedId}:${line} is page boilerplate (content/data/sources.yaml › ${seedId} › boilerplate): cite a line of the article itself`,
    );
  if (!normaliseForMatch(text).includes(normaliseForMatch(words))) {
    problems.push(`the words "${words}" are not on ${seedId}:${line}, which reads: "${text.trim()}"`);
  }
  if (problems.length) return { yaml: '', problems, notes };

  const hedge = hedgeOf(words);
  const lineHedge = hedgeOf(text);
  if (hedge.bound === 'exact' && lineHedge.bound !== 'exact') {
    notes.push(
      `the line hedges with "${lineHedge.word}" outside your words: if it qualifies this number, quote it and set bound: ${lineHedge.bound}`,
    );
  }
  const numbers = numbersIn(words);
  const year = numbers.find(isYear);
  const value = numbers.find((n) => !isYear(n)) ?? year;
  if (value === undefined) {
    return {
      yaml: '',
      problems: [
        `the words "${words}" hold no number written in digits, and a figure's value must appear as digits in its quote (the verifier checks). Quote the words that state the number, or, for a number in words ("twice"), quote the source with <Quote at="${seedId}:${line}" text="…" /> instead.`,
      ],
      notes,
    };
  }
  const unit: Unit = value === year ? 'year' : unitOf(words, value);
  const month = MONTHS.findIndex((m) => new RegExp(`\\b${m}\\b`).test(words));

  let id = slug(`${seedId} ${words}`);
  for (let n = 2; project.data.figures.some((f) => f.id === id); n++) id = `${slug(`${seedId} ${words}`)}-${n}`;

  const date =
    year !== undefined && month >= 0
      ? [`    value: "${year}-${String(month + 1).padStart(2, '0')}"`, '    precision: month']
      : year !== undefined
        ? [`    value: "${year}"`, '    precision: year']
        : [
            '    value: "YYYY"                # the words name no year: add yearFrom: <why>, or a date source',
            '    precision: year',
          ];
  if (year === undefined)
    notes.push(
      'the quote names no year: set date.value and add `yearFrom:` (or a date `source:`), see CONTRIBUTING.md',
    );

  const yaml = [
    `- id: ${id}                 # rename: lower-case words and hyphens, unique`,
    `  measures: ${quoteYaml(`(what the number measures, in your words: ${normaliseForMatch(words)})`)}`,
    `  value: ${value}`,
    `  bound: ${hedge.bound}${hedge.word ? `                     # the source says "${hedge.word}"` : ''}`,
    `  unit: ${unit}`,
    `  themes: [${themesOf(text).join(', ')}]${' '.repeat(8)}# ${themeSchema.options.join(' | ')}`,
    '  date:',
    ...date,
    '  source:',
    `    seed: ${seedId}`,
    `    line: ${line}`,
    `    quote: ${quoteYaml(words)}`,
  ].join('\n');
  for (const problem of verifierSays(project, yaml))
    notes.push(`the verifier says, until you edit the entry: ${problem}`);
  notes.unshift(
    `checked: the words are on ${seedId}:${line}, the line is not boilerplate, hedge: ${hedge.word ? `"${hedge.word}" → bound: ${hedge.bound}` : 'none → bound: exact'}`,
  );
  return { yaml, problems, notes };
}
