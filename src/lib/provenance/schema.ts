/**
 * Zod schemas for the sourced-data model. One definition serves three users:
 * Astro content collections (src/content.config.ts), the verifier (verify.ts)
 * and the tests. Keep these free of Astro-only imports so plain Node can load them.
 */
import { z } from 'astro/zod';
import { FIGURE_ROLES, NOTE_ROLES } from './chart-roles';
import type { DataCollection } from './data-files';

/** Short stable ids: lower-case words joined by hyphens. They appear in URLs and MDX. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens, e.g. "tariff-august-50"');

/** Seed ids are the short names used in `seed:line` references, e.g. "aljazeera:13". */
export const seedIdSchema = z.string().regex(/^[a-z][a-z0-9]*$/, 'seed ids are one lower-case word, e.g. "aljazeera"');

export const themeSchema = z.enum([
  'tariffs',
  'crude',
  'trade',
  'defence',
  'autonomy',
  'pakistan',
  'people',
  'diplomacy',
  'analysis',
]);
export type Theme = z.infer<typeof themeSchema>;

/** How precisely a date is known. A month-precision date must never be drawn or written as a day. */
export const precisionSchema = z.enum(['day', 'month', 'year', 'range']);
export type Precision = z.infer<typeof precisionSchema>;

/**
 * YAML parsers disagree on bare dates: Astro's reads `2025-04-01` as a Date and `2025` as a number,
 * the verifier's reads them as strings. Normalise both to the string the author wrote.
 */
const isoPartial = z.preprocess(
  (raw) => (raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'number' ? String(raw) : raw),
  z
    .string()
    .regex(
      /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/,
      'dates are YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source and no more',
    ),
);

/**
 * A date as the sources give it. By default the date's parts must appear in the words quoted
 * for the item (or in `source`, the date's own seed line): the verifier checks the year, the
 * month's name and the day. `yearFrom` explains a year the text leaves implicit ("in May", in an
 * article about 2025); `inference` marks a date that is worked out rather than stated, and says how.
 */
export const sourcedDateSchema = z
  .object({
    value: isoPartial,
    precision: precisionSchema,
    /** End of a range (inclusive), only with precision "range". */
    end: isoPartial.optional(),
    /** A seed line that states the date, when it is not on the line of the figure or event itself. */
    source: z.lazy(() => seedRefSchema).optional(),
    yearFrom: z.string().min(10).optional(),
    inference: z.string().min(10).optional(),
  })
  .superRefine((date, ctx) => {
    const parts = date.value.split('-').length;
    const expected = { year: 1, month: 2, day: 3 } as const;
    if (date.precision !== 'range' && parts !== expected[date.precision]) {
      ctx.addIssue({
        code: 'custom',
        message: `precision "${date.precision}" expects a date with ${expected[date.precision]} part(s), received "${date.value}"`,
      });
    }
    if (date.precision === 'range' && !date.end) {
      ctx.addIssue({ code: 'custom', message: 'precision "range" needs an `end` date' });
    }
    if (date.precision !== 'range' && date.end) {
      ctx.addIssue({
        code: 'custom',
        message: `\`end\` is only allowed with precision "range" (precision is "${date.precision}")`,
      });
    }
  });
export type SourcedDate = z.infer<typeof sourcedDateSchema>;

/** A pointer to one line of one seed, with the words on that line that support the claim. */
export const seedRefSchema = z.object({
  seed: seedIdSchema,
  line: z.number().int().positive(),
  quote: z.string().min(3),
});
export type SeedRef = z.infer<typeof seedRefSchema>;

/**
 * A claim known only from one party (an announcement, a reported remark). `who` asserts it; the
 * item's own seed is the source that reports it. Components print both ("as Donald Trump
 * announced (ANKASAM reports)") so the claim is never stated in the site's voice.
 */
export const claimVerbSchema = z.enum([
  'announced',
  'said',
  'claimed',
  'pledged',
  'reported',
  'told',
  'estimated',
  'wrote',
]);
export const claimedBySchema = z.object({
  /** The party that asserts it, as a reader should see it: "Donald Trump". */
  who: z.string().min(2),
  verb: claimVerbSchema,
});
export type ClaimedBy = z.infer<typeof claimedBySchema>;

/**
 * The reason a figure or event whose cited line attributes it to a party ("Trump announced",
 * "reportedly") is still stated in the site's own voice: e.g. the line attributes only a detail,
 * or the fact is confirmed by another party in the seeds. Checked by checks/claimants.ts.
 */
export const ownVoiceSchema = z.string().min(20);

export const boundSchema = z.enum(['exact', 'about', 'over', 'nearly', 'less-than', 'up-to']);
export type Bound = z.infer<typeof boundSchema>;

export const unitSchema = z.enum([
  'percent',
  'usd-billion',
  'million-barrels-per-day',
  'count',
  'times',
  'hours',
  'year',
  'ordinal',
  'days',
]);
export type Unit = z.infer<typeof unitSchema>;

const figureBase = z.object({
  id: idSchema,
  /** What the number measures, in plain words: "US tariff on Indian goods after the doubling". */
  measures: z.string().min(8),
  value: z.number(),
  bound: boundSchema.default('exact'),
  unit: unitSchema,
  /** The date the figure refers to (not the date of the article). */
  date: sourcedDateSchema,
  themes: z.array(themeSchema).min(1),
  /** What the figure is: a measured value, a target or a projection. Charts draw targets differently. */
  status: z.enum(['reported', 'target', 'threshold']).default('reported'),
  /** Decimal places to show for a derived value; sourced values print as stated. */
  digits: z.number().int().min(0).max(3).optional(),
  /** Set when the figure is one party's claim; see claimedBySchema. */
  claimedBy: claimedBySchema.optional(),
  /** Why the site states it in its own voice although its line attributes it to a party; see ownVoiceSchema. */
  ownVoice: ownVoiceSchema.optional(),
});

export const sourcedFigureSchema = figureBase.extend({
  kind: z.literal('sourced').default('sourced'),
  source: seedRefSchema,
});

/**
 * A figure computed from other figures. `formula` is arithmetic over figure ids
 * (e.g. "india-russia-trade-2024 / 5"); the verifier recomputes it and compares with `value`.
 */
export const derivedFigureSchema = figureBase.extend({
  kind: z.literal('derived'),
  inputs: z.array(idSchema).min(1),
  formula: z.string().min(1),
  /** Plain-language reason the formula is fair, with the source's own words where it helps. */
  explanation: z.string().min(10),
});

export const figureSchema = z.discriminatedUnion('kind', [
  derivedFigureSchema,
  sourcedFigureSchema.extend({ kind: z.literal('sourced') }),
]);
/** YAML may omit `kind` for sourced figures: fill it before the union decides. */
export const figureInputSchema = z.preprocess(
  (raw) => (raw && typeof raw === 'object' && !('kind' in raw) ? { ...raw, kind: 'sourced' } : raw),
  figureSchema,
);
export type Figure = z.infer<typeof figureSchema>;
export type SourcedFigure = Extract<Figure, { kind: 'sourced' }>;
export type DerivedFigure = Extract<Figure, { kind: 'derived' }>;

export const eventSchema = z.object({
  id: idSchema,
  date: sourcedDateSchema,
  title: z.string().min(5).max(120),
  /** One or two sentences in the site's own words. */
  summary: z.string().min(10).optional(),
  themes: z.array(themeSchema).min(1),
  sources: z.array(seedRefSchema).min(1),
  /** Set when the event is known only as one party's claim; see claimedBySchema. */
  claimedBy: claimedBySchema.optional(),
  /** Why the site states it in its own voice although a line attributes it to a party; see ownVoiceSchema. */
  ownVoice: ownVoiceSchema.optional(),
  /**
   * The event this one comes after, when their spans overlap (so the dates cannot order them) and the
   * sources fix their order by their own words ("on Saturday" … "late on Tuesday"); the timeline
   * honours it (src/lib/site/timeline.ts).
   */
  follows: idSchema.optional(),
});
export type Event = z.infer<typeof eventSchema>;

/** Two or more seeds that say different things about the same quantity, date or fact. */
export const conflictSchema = z.object({
  id: idSchema,
  title: z.string().min(5),
  question: z.string().min(5),
  themes: z.array(themeSchema).min(1),
  claims: z
    .array(
      seedRefSchema.extend({
        /** What this seed says, in the site's words. */
        says: z.string().min(5),
      }),
    )
    .min(2),
  /** Which reading the site uses, and why. */
  siteReading: z.string().min(10),
});
export type Conflict = z.infer<typeof conflictSchema>;

const lineRangeSchema = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([a, b]) => a <= b, 'a line range is [first, last] with first ≤ last');

export const sourceSchema = z.object({
  id: seedIdSchema,
  file: z.string().regex(/^[\w.-]+\.txt$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  publisher: z.string().min(2),
  /** How the publisher is known: stated on a line, or implied. */
  publisherBasis: z.string().min(5),
  headline: z.string().min(5),
  headlineLine: z.number().int().positive().optional(),
  /**
   * Set when the file does not mark `headline` as a headline (it is, say, the first line, which may
   * be a standfirst): what the line is. Readers then see it as the first line, not as a stated headline.
   */
  headlineBasis: z.string().min(5).optional(),
  author: z.string().optional(),
  authorLine: z.number().int().positive().optional(),
  published: z.union([
    z.object({ stated: z.string().min(4), line: z.number().int().positive(), reading: z.string().min(5) }),
    z.object({
      stated: z.literal('not stated'),
      implied: z.string().min(5),
      impliedBy: z.array(z.object({ line: z.number().int().positive(), quote: z.string().min(3) })).min(1),
    }),
  ]),
  kind: z.enum(['news report', 'opinion', 'analysis', 'content-farm article']),
  /** Lines that are page furniture (ads, related stories, share buttons), never material for the site. */
  boilerplate: z.array(z.object({ lines: lineRangeSchema, what: z.string().min(3) })),
  caveats: z.array(z.string().min(10)).min(1),
});
export type Source = z.infer<typeof sourceSchema>;

/** Material lines the site deliberately does not cite, each with a one-line reason. */
export const unusedLineSchema = z.object({
  id: idSchema,
  seed: seedIdSchema,
  lines: lineRangeSchema,
  reason: z.string().min(10),
});
export type UnusedLine = z.infer<typeof unusedLineSchema>;

/** What glossary terms and people share: an id, and the seed lines (with their words) the entry rests on. */
const seedBackedEntry = { id: idSchema, refs: z.array(seedRefSchema).min(1) };

/**
 * A glossary term. The definition is in the site's own words and says no more than the seeds do;
 * `refs` are the seed lines (with their words) it rests on, checked by the verifier.
 * `ownExplanation` is for a term the seeds use without defining: the site's own general explanation,
 * which no seed line backs, so the glossary prints it under a visible "Our explanation" label.
 */
export const glossaryEntrySchema = z.object({
  ...seedBackedEntry,
  term: z.string().min(2),
  definition: z.string().min(10),
  ownExplanation: z.string().min(10).optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** A person named in the seeds: who they are, as the seeds describe them, with the lines that say so. */
export const personSchema = z.object({ ...seedBackedEntry, name: z.string().min(2), role: z.string().min(10) });
export type Person = z.infer<typeof personSchema>;

/** Frontmatter of a topic page in content/pages/. */
export const pageSchema = z.object({
  title: z.string().min(3),
  description: z.string().min(20).max(200),
  /** Order in navigation; lower first. */
  order: z.number().int(),
  /** Where the page appears: a topic in the header, a reference page (timeline, glossary, about…), or the home page. */
  section: z.enum(['home', 'topic', 'reference']).default('topic'),
  themes: z.array(themeSchema).default([]),
  related: z.array(idSchema).default([]),
  /**
   * The home page's "story at a glance", shown before the long read: key-figure cards (a short
   * label each, no digits: the value and date come from the figure), one chart, and a timeline strip.
   */
  glance: z
    .object({
      figures: z.array(z.object({ figure: idSchema, label: z.string().min(3).max(70) })).min(1),
      chart: idSchema,
      events: z.array(idSchema).min(1),
    })
    .optional(),
});
export type PageFrontmatter = z.infer<typeof pageSchema>;

/**
 * Charts as data (content/data/charts.yaml). A chart lists its marks: figures by id, or
 * qualitative notes (what the seeds say only in words) each with its own seed lines. Roles say
 * how a mark is drawn, and the verifier checks each role against the figure (a derived figure
 * must be drawn as derived, a target as a target) so a chart cannot pass a goal off as data.
 */
export const chartRoleSchema = z.enum(FIGURE_ROLES);

export const chartFigureMarkSchema = z.object({
  figure: idSchema,
  /** Timeline charts: marks with the same series form one stepped line. */
  series: idSchema.optional(),
  label: z.string().min(2),
  role: chartRoleSchema,
  /** Timeline charts: the event at which this level begins, when it is not the figure's own date. */
  from: idSchema.optional(),
  /** Timeline charts: the event at which this level ends (default: the next level, or the chart's end). */
  until: idSchema.optional(),
  /** A disputed mark names the conflict entry that records the dispute. */
  conflict: idSchema.optional(),
  /** One sentence shown in the tooltip and table: what a reader should know about this mark. */
  note: z.string().min(10).optional(),
});
export type ChartFigureMark = z.infer<typeof chartFigureMarkSchema>;

export const chartNoteMarkSchema = z.object({
  /** Id of the note (unique within the chart). */
  note: idSchema,
  label: z.string().min(2),
  role: z.enum(NOTE_ROLES),
  /** When the statement applies, in words; any number in it must be in the quotes. */
  period: z.string().min(3).optional(),
  /** An event that dates the note (e.g. the announcement of a commitment). */
  event: idSchema.optional(),
  /** A commitment to a level the source states in words ("to zero"): the value and those words. */
  at: z.number().optional(),
  atWords: z.string().min(2).optional(),
  /** The site's words for what the sources say. */
  says: z.string().min(10),
  refs: z.array(seedRefSchema).min(1),
});
export type ChartNoteMark = z.infer<typeof chartNoteMarkSchema>;

export const chartMarkSchema = z.union([chartFigureMarkSchema.strict(), chartNoteMarkSchema.strict()]);
export type ChartMark = z.infer<typeof chartMarkSchema>;

export const chartSchema = z.object({
  id: idSchema,
  kind: z.enum(['timeline', 'bars']),
  title: z.string().min(5),
  /** The chart's text alternative: what it shows, in words. */
  description: z.string().min(20),
  unit: unitSchema,
  marks: z.array(chartMarkSchema).min(1),
  events: z.array(idSchema).default([]),
});
export type Chart = z.infer<typeof chartSchema>;

export function isFigureMark(mark: ChartMark): mark is ChartFigureMark {
  return 'figure' in mark;
}

/**
 * A correction shown to readers (content/data/corrections.yaml): what a page said, what it says
 * now, and the seed lines (with their words) the new wording rests on, checked by the verifier.
 * `pages` are site paths without the base ("tariffs/", "" for the home page). A notice shows on
 * each of them, /corrections/ lists every entry and /corrections.xml publishes them as Atom.
 */
export const correctionKindSchema = z.enum(['correction', 'clarification', 'update']);
export type CorrectionKind = z.infer<typeof correctionKindSchema>;
export const correctionSchema = z.object({
  id: idSchema,
  /** The day the change was published (YYYY-MM-DD). */
  date: z.preprocess(
    (raw) => (raw instanceof Date ? raw.toISOString().slice(0, 10) : raw),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a correction is dated to the day it was published: YYYY-MM-DD'),
  ),
  kind: correctionKindSchema,
  pages: z.array(z.string().regex(/^(?:[a-z0-9-]+\/)*$/, 'pages are site paths like "tariffs/" ("" for home)')).min(1),
  /** What the page said before, in its words (or a plain summary of them). */
  said: z.string().min(10),
  /** What it says now, in plain words. */
  now: z.string().min(10),
  refs: z.array(seedRefSchema).min(1),
});
export type Correction = z.infer<typeof correctionSchema>;

/**
 * The schema of each data collection (DATA_FILES names their files): the loader behind the
 * verifier and Astro's content collections both validate with these, so the two cannot differ.
 */
export const DATA_SCHEMAS = {
  sources: sourceSchema,
  figures: figureInputSchema,
  events: eventSchema,
  conflicts: conflictSchema,
  unused: unusedLineSchema,
  glossary: glossaryEntrySchema,
  people: personSchema,
  charts: chartSchema,
  corrections: correctionSchema,
} as const satisfies Record<DataCollection, z.ZodType>;
