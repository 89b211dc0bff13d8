/**
 * Readability of each page's "In short" section, as a reader sees it: citation components are
 * replaced by what they print (a figure's value, an event's date, a quotation's words), marks by
 * nothing. The grade is Flesch–Kincaid (the kept `flesch-kincaid` formula, syllables counted by
 * `syllable`); only the sentence and word split is ours.
 */
import type { Root, RootContent } from 'mdast';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Project } from '../provenance/load';
import { formatDate, presentFigure, publisherLabels } from '../provenance/format';

/** The grade an "In short" may not exceed (CONTRIBUTING, "Readable summaries": general readers, students). */
export const MAX_IN_SHORT_GRADE = 10;
export const IN_SHORT_HEADING = 'In short';

type Node = Root | RootContent;

function attribute(node: Node, name: string): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The text a reader sees for a node. */
function readerText(node: Node, project: Project): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    const id = attribute(node, 'id');
    switch (node.name) {
      case 'Fig': {
        const figure = project.data.figures.find((f) => f.id === id);
        if (!figure) return '';
        const shown = presentFigure(figure, publisherLabels(project.data.sources));
        return attribute(node, 'part') === 'date' ? shown.date : shown.text;
      }
      case 'When': {
        const event = project.data.events.find((e) => e.id === id);
        return event ? formatDate(event.date) : '';
      }
      case 'Quote':
        return attribute(node, 'text') ?? '';
      case 'Cite':
        return '';
    }
  }
  if ('children' in node) {
    const parts = (node.children as RootContent[]).map((c) => readerText(c, project));
    // Blocks (paragraphs, list items) are separate sentences; inline content runs on.
    return node.type === 'root' || node.type === 'list' || node.type === 'listItem'
      ? parts.join('\n\n')
      : parts.join('');
  }
  return '';
}

/** The "In short" section's text: everything after that heading up to the next heading of the same or higher level. */
export function inShortText(tree: Root, project: Project): string | undefined {
  const start = tree.children.findIndex(
    (n) => n.type === 'heading' && readerText(n, project).trim() === IN_SHORT_HEADING,
  );
  if (start < 0) return undefined;
  const depth = (tree.children[start] as { depth: number }).depth;
  const end = tree.children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= depth);
  const section = tree.children.slice(start + 1, end < 0 ? undefined : end);
  return section
    .map((n) => readerText(n, project))
    .join('\n\n')
    .trim();
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level. */
  grade: number;
}

export function readability(text: string): Readability {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*/gu)?.map((w) => w.replace(/[.,]+$/, '')) ?? [];
  const sentences = Math.max(1, (text.match(/[.!?]+["'”’)]*(?=\s|$)/g) ?? []).length);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return {
    words: words.length,
    sentences,
    syllables,
    grade: fleschKincaid({ word: words.length, sentence: sentences, syllable: syllables }),
  };
}

export interface PageReadability extends Readability {
  file: string;
}

/** Every page's "In short", measured. `parse` turns MDX without frontmatter into a tree. */
export function measurePages(
  pages: Map<string, string>,
  project: Project,
  parse: (mdx: string) => Root,
): PageReadability[] {
  const rows: PageReadability[] = [];
  for (const [file, text] of pages) {
    const section = inShortText(parse(text.replace(/^---\n[\s\S]*?\n---\n/, '')), project);
    if (section !== undefined) rows.push({ file, ...readability(section) });
  }
  return rows;
}
