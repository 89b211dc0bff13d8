/**
 * Navigation between topic pages, worked out from the `pages` collection (section "topic",
 * sorted by order) so that adding a page needs no list edited anywhere.
 */
import type { MarkdownHeading } from 'astro';

export interface NavPage {
  id: string;
  title: string;
  order: number;
  section: string;
  related: string[];
}

export interface TopicNeighbours<P extends NavPage> {
  previous?: P;
  next?: P;
}

/** Topics in reading order. */
export function topicsInOrder<P extends NavPage>(pages: P[]): P[] {
  return pages.filter((p) => p.section === 'topic').sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The topics before and after `id` in reading order (none for a page that is not a topic). */
export function neighbours<P extends NavPage>(pages: P[], id: string): TopicNeighbours<P> {
  const topics = topicsInOrder(pages);
  const i = topics.findIndex((p) => p.id === id);
  if (i < 0) return {};
  return { previous: topics[i - 1], next: topics[i + 1] };
}

/**
 * The frontmatter `related` ids that exist as pages, in the order the author gave.
 * Ids of pages not (yet) written are left out rather than linked to nowhere.
 */
export function relatedPages<P extends NavPage>(pages: P[], related: string[]): P[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  return related.map((id) => byId.get(id)).filter((p): p is P => p !== undefined);
}

/** Table of contents: the page's h2 and h3 headings (the h1 is the page title). */
export function tableOfContents(headings: MarkdownHeading[]): MarkdownHeading[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}
