/**
 * Citation components against the data and the seeds (the same verifier the build uses): every
 * <Fig>/<When> id exists, every <Quote>/<Cite> points at a real, material line (a quotation also
 * matches it), every <Chart> names a chart. What each component cites comes from lineage.ts; a
 * sentence keeps one mark per line (`oneMarkPerSentence`), and the page's one numbering
 * (`PageMarks`) numbers what is left in document order. Each component gets its marks as a
 * `cites` attribute (possibly empty, when a later mark in the sentence carries its line).
 */
import type { Root } from 'mdast';
import type { Project } from '../provenance/load';
import { seedRefFindings } from '../provenance/checks/seed-ref';
import {
  oneMarkPerSentence,
  PageMarks,
  parseSeedKey,
  seedKey,
  type CitationKey,
  type MarkTarget,
  type PageNote,
} from '../provenance/citations';
import { DATA_FILES } from '../provenance/data-files';
import { eventCitations, figureCitations, linesBehind } from '../provenance/lineage';
import { attr, isCitation, positionOf, setAttr, walk, type AnyNode, type JsxNode, type Problem } from './mdx-tree';
export interface ResolvedCitations {
  problems: Problem[];
  notes: PageNote[];
  /** Seed lines this page cites (directly or through figures and events), for coverage. */
  citedLines: Set<CitationKey>;
}

function closest(wanted: string, candidates: string[]): string {
  const parts = wanted.split('-');
  const scored = candidates
    .map((c) => ({ c, score: parts.filter((p) => c.includes(p)).length }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .filter((s) => s.score > 0)
    .map((s) => s.c);
  return scored.length ? ` Did you mean: ${scored.join(', ')}?` : '';
}

/** Inline node types that run on within a sentence; any other node ends the sentence. */
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'inlineCode', 'mdxJsxTextElement', 'break']);
/** Sentence-ending punctuation followed by a space: "… 25%. Next" (a mark right after the full stop stays in the sentence). */
const SENTENCE_END = /[.!?]["'”’)]*\s/;
/** A text that ends a sentence unless more words follow: "… 25%." followed by a mark, then " Next". */
const ENDS_WITH_STOP = /[.!?]["'”’)]*$/;

/**
 * Citation nodes grouped by sentence, in document order: text with a full stop and a space, or
 * any block boundary, starts a new sentence.
 */
function sentencesOf(tree: Root): JsxNode[][] {
  const sentences: JsxNode[][] = [[]];
  // True after a text ending in a full stop: marks right after it still belong to that sentence,
  // and the next text starting with a space starts a new one.
  let stopped = false;
  const split = () => {
    stopped = false;
    if (sentences.at(-1)!.length) sentences.push([]);
  };
  const visit = (node: AnyNode): void => {
    if (isCitation(node)) {
      sentences.at(-1)!.push(node as JsxNode);
      return;
    }
    if (node.type === 'text') {
      if ((stopped && /^\s/.test(node.value)) || SENTENCE_END.test(node.value)) split();
      if (node.value.trim()) stopped = ENDS_WITH_STOP.test(node.value);
      return;
    }
    const inline = INLINE.has(node.type);
    if (!inline) split();
    if ('children' in node) for (const child of node.children as AnyNode[]) visit(child);
    if (!inline) split();
  };
  visit(tree);
  return sentences.filter((s) => s.length);
}

/** Mutates citation nodes (adds `cites`). */
export function resolveCitations(tree: Root, project: Project): ResolvedCitations {
  const problems: Problem[] = [];
  const citedLines = new Set<CitationKey>();
  const figures = new Map(project.data.figures.map((f) => [f.id, f]));
  const events = new Map(project.data.events.map((e) => [e.id, e]));
  const targets = new Map<JsxNode, MarkTarget[]>();

  /** What a citation node points at, or undefined after reporting why it cannot. */
  function resolve(node: JsxNode): MarkTarget[] | undefined {
    const fail = (message: string): undefined => {
      problems.push({ ...positionOf(node), message });
      return undefined;
    };
    for (const name of ['id', 'at', 'text', 'part']) {
      const { problem } = attr(node, name);
      if (problem) return fail(problem);
    }
    switch (node.name) {
      case 'Fig': {
        const id = attr(node, 'id').value;
        const part = attr(node, 'part').value ?? 'value';
        if (!id) return fail(`<Fig> needs id="…", the id of a figure in ${DATA_FILES.figures}`);
        const figure = figures.get(id);
        if (!figure)
          return fail(`<Fig id="${id}">: no such figure in ${DATA_FILES.figures}.${closest(id, [...figures.keys()])}`);
        if (part !== 'value' && part !== 'date')
          return fail(`<Fig part="${part}">: expected part="value" or part="date"`);
        return figureCitations(figure, part);
      }
      case 'When': {
        const id = attr(node, 'id').value;
        if (!id) return fail(`<When> needs id="…", the id of an event in ${DATA_FILES.events}`);
        const event = events.get(id);
        if (!event)
          return fail(`<When id="${id}">: no such event in ${DATA_FILES.events}.${closest(id, [...events.keys()])}`);
        return eventCitations(event);
      }
      default: {
        const at = attr(node, 'at').value;
        if (!at) return fail(`<${node.name}> needs at="seed:line", e.g. at="aljazeera:13"`);
        const keys = at.split(/[\s,]+/).filter(Boolean);
        if (node.name === 'Quote' && keys.length !== 1)
          return fail(`<Quote at="${at}">: a quotation comes from exactly one line`);
        const found: MarkTarget[] = [];
        for (const raw of keys) {
          const parsed = parseSeedKey(raw);
          if (!parsed)
            return fail(`<${node.name} at="${at}">: "${raw}" is not a seed:line reference like "aljazeera:13"`);
          const text = node.name === 'Quote' ? attr(node, 'text').value : undefined;
          if (node.name === 'Quote' && !text)
            return fail('<Quote> needs text="…": the exact words, which are checked against the seed line');
          // A bare citation must still point at a real, material line; a quotation must also match it.
          const ref = { ...parsed, quote: text ?? '' };
          const wrong = seedRefFindings(ref, project.seeds).filter(
            (p) => text !== undefined || p.code !== 'quote-not-found',
          );
          if (wrong.length) return fail(`<${node.name} at="${raw}">: ${wrong.map((p) => p.message).join('; ')}`);
          found.push({ key: seedKey(parsed.seed, parsed.line), ...(text ? { quote: text } : {}) });
        }
        return found;
      }
    }
  }

  walk(tree, (node) => {
    if (isCitation(node)) {
      const found = resolve(node as JsxNode);
      if (found) {
        targets.set(node as JsxNode, found);
        for (const t of found)
          for (const line of linesBehind(t.key, figures)) citedLines.add(seedKey(line.seed, line.line));
      }
      return false;
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Chart') {
      // A chart draws verified data; here we only make sure it names a chart that exists.
      const { value: id, problem } = attr(node, 'id');
      const charts = (project.data.charts ?? []).map((c) => c.id);
      if (problem) problems.push({ ...positionOf(node), message: problem });
      else if (!id || !charts.includes(id))
        problems.push({
          ...positionOf(node),
          message: `<Chart id="${id ?? ''}">: no such chart in ${DATA_FILES.charts}. Expected one of: ${charts.join(', ')}`,
        });
      return false;
    }
  });

  const book = new PageMarks();
  for (const sentence of sentencesOf(tree)) {
    const resolved = sentence.filter((node) => targets.has(node));
    const kept = oneMarkPerSentence(resolved.map((node) => targets.get(node)!));
    resolved.forEach((node, i) =>
      setAttr(node, 'cites', JSON.stringify(kept[i]!.map((t) => book.cite(t.key, t.words, t.dating)))),
    );
  }
  return { problems, notes: book.list(), citedLines };
}
