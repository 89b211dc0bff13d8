/**
 * Citation components against the data and the seeds (the same verifier the build uses): every
 * <Fig>/<When> id exists, every <Quote>/<Cite> points at a real, material line (a quotation also
 * matches it), every <Chart> names a chart. Notes are numbered in document order and each
 * component gets its marks as a `cites` attribute.
 */
import type { Root } from 'mdast';
import type { Project } from '../provenance/load';
import { checkSeedRef } from '../provenance/checks/seed-ref';
import { NoteBook, parseSeedKey, seedKey, type CitationKey, type PageNote } from '../provenance/citations';
import { attr, isCitation, positionOf, setAttr, walk, type JsxNode, type Problem } from './mdx-tree';

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

/** Mutates citation nodes (adds `cites`). */
export function resolveCitations(tree: Root, project: Project): ResolvedCitations {
  const problems: Problem[] = [];
  const book = new NoteBook();
  const citedLines = new Set<CitationKey>();
  const figures = new Map(project.data.figures.map((f) => [f.id, f]));
  const events = new Map(project.data.events.map((e) => [e.id, e]));
  const citeSeed = (key: CitationKey, quote?: string) => {
    citedLines.add(key);
    return book.cite(key, quote);
  };

  function resolve(node: JsxNode): void {
    const marks = [];
    const fail = (message: string): void => {
      problems.push({ ...positionOf(node), message });
    };
    for (const name of ['id', 'at', 'text', 'part']) {
      const { problem } = attr(node, name);
      if (problem) return fail(problem);
    }
    switch (node.name) {
      case 'Fig': {
        const id = attr(node, 'id').value;
        const part = attr(node, 'part').value ?? 'value';
        if (!id) return fail('<Fig> needs id="…", the id of a figure in content/data/figures.yaml');
        const figure = figures.get(id);
        if (!figure) return fail(`<Fig id="${id}">: no such figure in content/data/figures.yaml.${closest(id, [...figures.keys()])}`);
        if (part !== 'value' && part !== 'date') return fail(`<Fig part="${part}">: expected part="value" or part="date"`);
        if (figure.kind === 'derived') {
          marks.push(book.cite(`figure:${figure.id}`));
          for (const input of figure.inputs) {
            const source = figures.get(input);
            if (source?.kind === 'sourced') citedLines.add(seedKey(source.source.seed, source.source.line));
          }
        } else if (part === 'date' && figure.date.source) {
          marks.push(citeSeed(seedKey(figure.date.source.seed, figure.date.source.line), figure.date.source.quote));
        } else {
          marks.push(citeSeed(seedKey(figure.source.seed, figure.source.line), figure.source.quote));
        }
        break;
      }
      case 'When': {
        const id = attr(node, 'id').value;
        if (!id) return fail('<When> needs id="…", the id of an event in content/data/events.yaml');
        const event = events.get(id);
        if (!event) return fail(`<When id="${id}">: no such event in content/data/events.yaml.${closest(id, [...events.keys()])}`);
        for (const ref of event.sources) marks.push(citeSeed(seedKey(ref.seed, ref.line), ref.quote));
        break;
      }
      case 'Quote':
      case 'Cite': {
        const at = attr(node, 'at').value;
        if (!at) return fail(`<${node.name}> needs at="seed:line", e.g. at="aljazeera:13"`);
        const keys = at.split(/[\s,]+/).filter(Boolean);
        if (node.name === 'Quote' && keys.length !== 1) return fail(`<Quote at="${at}">: a quotation comes from exactly one line`);
        for (const raw of keys) {
          const parsed = parseSeedKey(raw);
          if (!parsed) return fail(`<${node.name} at="${at}">: "${raw}" is not a seed:line reference like "aljazeera:13"`);
          const text = node.name === 'Quote' ? attr(node, 'text').value : undefined;
          if (node.name === 'Quote' && !text) return fail('<Quote> needs text="…": the exact words, which are checked against the seed line');
          // A bare citation must still point at a real, material line; a quotation must also match it.
          const ref = { ...parsed, quote: text ?? '' };
          const found = checkSeedRef(ref, project.seeds).filter((p) => text !== undefined || p.code !== 'quote-not-found');
          if (found.length) return fail(`<${node.name} at="${raw}">: ${found.map((p) => p.message).join('; ')}`);
          marks.push(citeSeed(seedKey(parsed.seed, parsed.line), text));
        }
        break;
      }
    }
    setAttr(node, 'cites', JSON.stringify(marks));
  }

  walk(tree, (node) => {
    if (isCitation(node)) {
      resolve(node as JsxNode);
      return false;
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Chart') {
      // A chart draws verified data; here we only make sure it names a chart that exists.
      const { value: id, problem } = attr(node, 'id');
      const charts = (project.data.charts ?? []).map((c) => c.id);
      if (problem) problems.push({ ...positionOf(node), message: problem });
      else if (!id || !charts.includes(id)) problems.push({ ...positionOf(node), message: `<Chart id="${id ?? ''}">: no such chart in content/data/charts.yaml. Expected one of: ${charts.join(', ')}` });
      return false;
    }
  });
  return { problems, notes: book.list(), citedLines };
}
