/**
 * The home page's "story at a glance": key-figure cards, one chart and a timeline strip, declared
 * in content/pages/index.mdx frontmatter (`glance`). Everything shown comes from verified data:
 * the cards print a figure's value and date and cite its line; the strip prints an event's date
 * and title (with who claims it, for a one-sided announcement) and cites its lines. Their marks join the page's own numbered notes.
 */
import type { PageFrontmatter, Event, Figure } from '../provenance/schema';
import { addMarks, figureCitationKeys, seedKey, type Mark, type PageNote } from '../provenance/citations';
import { findQuantities } from '../provenance/quantities';
import { formatDate, formatEventClaim, formatFigure } from '../provenance/format';
import { compareSpans } from './timeline';

export type Glance = NonNullable<PageFrontmatter['glance']>;

export interface GlanceCard {
  figure: string;
  label: string;
  value: string;
  date: string;
  iso: string;
  marks: Mark[];
}

export interface GlanceEvent {
  id: string;
  title: string;
  /** "as Donald Trump announced (ANKASAM reports)" for an event known only as one party's claim. */
  claim?: string;
  date: string;
  iso: string;
  marks: Mark[];
}

export interface GlanceModel {
  cards: GlanceCard[];
  events: GlanceEvent[];
  chart: string;
  /** The page's notes with the glance's marks added (for the source list). */
  notes: PageNote[];
}

/** What is wrong with a `glance` block: unknown ids, or a card label carrying a number (numbers come from the figure, cited). */
export function glanceProblems(glance: Glance, known: { figures: string[]; events: string[]; charts: string[] }): string[] {
  const problems: string[] = [];
  const where = 'content/pages/index.mdx frontmatter glance';
  for (const card of glance.figures) {
    if (!known.figures.includes(card.figure)) problems.push(`${where}: figure "${card.figure}" is not in content/data/figures/. Fix: use one of ${known.figures.join(', ')}`);
    // The same quantity rule as every other reader-facing text: digits and quantities in words.
    for (const quantity of findQuantities(card.label)) {
      const kind = quantity.kind === 'digits' ? 'number' : 'quantity in words';
      problems.push(
        `${where}: label "${card.label}" for ${card.figure} contains the ${kind} "${quantity.text}". ` +
          'Expected a label without quantities; the card prints the value and date from the figure, cited. ' +
          'Fix: reword the label without it.',
      );
    }
  }
  for (const id of glance.events) {
    if (!known.events.includes(id)) problems.push(`${where}: event "${id}" is not in content/data/events/. Fix: use an existing event id`);
  }
  if (!known.charts.includes(glance.chart)) problems.push(`${where}: chart "${glance.chart}" is not in content/data/charts.yaml. Fix: use one of ${known.charts.join(', ')}`);
  return problems;
}

/** Cards, strip and notes for a page's glance block, with marks numbered after the body's notes. */
export function glanceModel(
  glance: Glance,
  data: { figures: Figure[]; events: Event[]; charts: string[]; publishers: ReadonlyMap<string, string> },
  notes: readonly PageNote[],
): GlanceModel {
  const problems = glanceProblems(glance, { figures: data.figures.map((f) => f.id), events: data.events.map((e) => e.id), charts: data.charts });
  if (problems.length) throw new Error(problems.join('\n'));
  const figures = glance.figures.map((card) => ({ card, figure: data.figures.find((f) => f.id === card.figure)! }));
  const events = glance.events
    .map((id) => data.events.find((e) => e.id === id)!)
    .sort(compareSpans);
  const eventKeys = (e: Event) => [...new Map(e.sources.map((s) => [seedKey(s.seed, s.line), { key: seedKey(s.seed, s.line), quote: s.quote }])).values()];
  const keys = [...figures.map(({ figure }) => figureCitationKeys(figure)), ...events.map(eventKeys)];
  const added = addMarks(notes, keys);
  // A card citing two lines shows its marks in number order ([5][6], not [6][5]).
  for (const marks of added.marks) marks.sort((a, b) => a.n - b.n);
  return {
    cards: figures.map(({ card, figure }, i) => ({
      figure: figure.id,
      label: card.label,
      value: formatFigure(figure),
      date: formatDate(figure.date),
      iso: figure.date.value,
      marks: added.marks[i]!,
    })),
    events: events.map((e, i) => ({
      id: e.id,
      title: e.title,
      claim: formatEventClaim(e, data.publishers),
      date: formatDate(e.date),
      iso: e.date.value,
      marks: added.marks[figures.length + i]!,
    })),
    chart: glance.chart,
    notes: added.notes,
  };
}
