/**
 * The home page's "story at a glance": key-figure cards, one chart and a timeline strip, declared
 * in content/pages/index.mdx frontmatter (`glance`). Everything shown comes from verified data:
 * the cards print a figure's value and date and cite its line; the strip prints an event's date
 * and title (with who claims it, for a one-sided announcement) and cites its lines. Their marks join the page's own numbered notes.
 */
import type { PageFrontmatter, Event, Figure } from '../provenance/schema';
import { PageMarks, type Mark, type PageNote } from '../provenance/citations';
import { eventCitations } from '../provenance/lineage';
import { findQuantities } from '../provenance/quantities';
import { formatDate, formatEventClaim, presentFigure } from '../provenance/format';
import { compareSpans } from './timeline';

export type Glance = NonNullable<PageFrontmatter['glance']>;

export interface GlanceCard {
  figure: string;
  label: string;
  /** The figure as `presentFigure` writes it: "18%", with `claim` for a one-party claim. */
  value: string;
  claim?: string;
  date: string;
  iso: string;
  /** Marks after the value: the same lines as a <Fig> of this figure anywhere else. */
  marks: Mark[];
  /** Marks after the date, when another line states it (empty when the value's line does). */
  dateMarks: Mark[];
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
export function glanceProblems(
  glance: Glance,
  known: { figures: string[]; events: string[]; charts: string[] },
): string[] {
  const problems: string[] = [];
  const where = 'content/pages/index.mdx frontmatter glance';
  for (const card of glance.figures) {
    if (!known.figures.includes(card.figure))
      problems.push(
        `${where}: figure "${card.figure}" is not in content/data/figures/. Fix: use one of ${known.figures.join(', ')}`,
      );
    // The same finder as every other reader-facing text: digits of any script and quantities in words.
    const quantity = findQuantities(card.label)[0];
    if (quantity)
      problems.push(
        `${where}: label "${card.label}" for ${card.figure} contains the ${quantity.kind === 'digits' ? 'number' : 'quantity in words'} "${quantity.text}". Expected a label without quantities; the card prints the value and date from the figure, cited. Fix: reword the label without it`,
      );
  }
  for (const id of glance.events) {
    if (!known.events.includes(id))
      problems.push(`${where}: event "${id}" is not in content/data/events/. Fix: use an existing event id`);
  }
  if (!known.charts.includes(glance.chart))
    problems.push(
      `${where}: chart "${glance.chart}" is not in content/data/charts.yaml. Fix: use one of ${known.charts.join(', ')}`,
    );
  return problems;
}

/** Cards, strip and notes for a page's glance block, with marks numbered after the body's notes. */
export function glanceModel(
  glance: Glance,
  data: { figures: Figure[]; events: Event[]; charts: string[]; publishers: ReadonlyMap<string, string> },
  notes: readonly PageNote[],
): GlanceModel {
  const problems = glanceProblems(glance, {
    figures: data.figures.map((f) => f.id),
    events: data.events.map((e) => e.id),
    charts: data.charts,
  });
  if (problems.length) throw new Error(problems.join('\n'));
  const figures = glance.figures.map((card) => ({ card, figure: data.figures.find((f) => f.id === card.figure)! }));
  const events = glance.events.map((id) => data.events.find((e) => e.id === id)!).sort(compareSpans);
  const book = new PageMarks(notes);
  const cards = figures.map(({ card, figure }) => {
    const shown = presentFigure(figure, data.publishers);
    // A card shows the date beside the value: when the value's line is also the date's, its mark
    // carries how the date was worked out.
    const dating = (key: string) => shown.dateLines.find((d) => d.key === key)?.dating;
    const marks = book.citeAll(shown.valueLines.map((v) => ({ ...v, dating: dating(v.key) })));
    const dateMarks = book.citeAll(shown.dateLines.filter((d) => !marks.some((m) => m.key === d.key)));
    return {
      figure: figure.id,
      label: card.label,
      value: shown.value,
      ...(shown.claim ? { claim: shown.claim } : {}),
      date: shown.date,
      iso: figure.date.value,
      marks,
      dateMarks,
    };
  });
  return {
    cards,
    events: events.map((e) => ({
      id: e.id,
      title: e.title,
      claim: formatEventClaim(e, data.publishers),
      date: formatDate(e.date),
      iso: e.date.value,
      marks: book.citeAll(eventCitations(e)),
    })),
    chart: glance.chart,
    notes: book.list(),
  };
}
