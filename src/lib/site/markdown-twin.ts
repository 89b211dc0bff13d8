/**
 * A content page as Markdown (/tariffs/index.md), built from its MDX source with the same remark
 * check the build runs, so the notes are numbered exactly as on the page. Every citation becomes a
 * footnote that names the source, the line and the quoted words, so a reader or a language model
 * that only sees the text keeps the provenance:
 *
 *   The US doubled the tariff to 50%.[^3]
 *   [^3]: ANKASAM, line 15: "the tariff rate to 50%" <https://…/sources/ankasam/#L15>
 *
 * Pure apart from its inputs: the caller passes the project data and how to name and link things.
 */
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { BlockContent, FootnoteDefinition, PhrasingContent, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import { parseMdx } from '../remark/parse';
import { checkTree, formatProblems } from '../remark/provenance-check';
import type { Project } from '../provenance/load';
import { formatDate, formatDateBasis, presentFigure, derivationInWords, publisherLabels } from '../provenance/format';
import { noteWords, parseSeedKey, type Mark } from '../provenance/citations';
import { glanceModel, type Glance } from './home';
import { READING_DEFAULT_TITLE, READING_NOTE } from './reading';

/** Between two passages of one line in a footnote: "first claim" … "second claim". */
const PASSAGE_SEPARATOR = '" … "';

/** The passages of a footnote's quoted words (`first" … "second`, as written between its outer quotes). */
export function footnotePassages(quoted: string): string[] {
  return quoted.split(PASSAGE_SEPARATOR);
}

export interface TwinPage {
  title: string;
  description: string;
  /** Absolute URL of the HTML page; relative links in the MDX resolve against it. */
  url: string;
  /** 'YYYY-MM-DD' of the version. */
  updated: string;
  /** Repository path, for error messages. */
  file: string;
  /** The home page's key figures and timeline strip, written as lists before the body. */
  glance?: Glance | undefined;
}

export interface TwinLinks {
  /** "Al Jazeera" for "aljazeera". */
  sourceName(seed: string): string;
  /** Absolute URLs of a seed line, a derived figure's workings, and a chart. */
  lineUrl(seed: string, line: number): string;
  figureUrl(id: string): string;
  chartUrl(id: string): string;
}

type Jsx = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function attr(node: Jsx, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return found && found.type === 'mdxJsxAttribute' && typeof found.value === 'string' ? found.value : undefined;
}

function refs(node: Jsx): PhrasingContent[] {
  const marks = JSON.parse(attr(node, 'cites') ?? '[]') as Mark[];
  return marks.map((m) => ({ type: 'footnoteReference', identifier: String(m.n), label: String(m.n) }));
}

/** A block quote headed by a bold label ("> **Our reading:** …"), for asides and readings. */
function labelledBlock(label: string, afterLabel: PhrasingContent[], body: BlockContent[]): RootContent {
  return {
    type: 'blockquote',
    children: [
      { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }, ...afterLabel] },
      ...body,
    ],
  };
}

/** The page as Markdown with footnotes. Throws (naming the file) if the remark check finds problems. */
export function markdownTwin(mdx: string, page: TwinPage, project: Project, links: TwinLinks): string {
  const tree = parseMdx(mdx);
  const checked = checkTree(tree, project);
  if (checked.problems.length)
    throw new Error(`Markdown twin of ${page.file}:\n${formatProblems(page.file, checked.problems)}`);
  const publishers = publisherLabels(project.data.sources);
  const glance = page.glance
    ? glanceModel(
        page.glance,
        {
          figures: project.data.figures,
          events: project.data.events,
          charts: (project.data.charts ?? []).map((c) => c.id),
          publishers,
        },
        checked.notes,
      )
    : undefined;
  const notes = glance?.notes ?? checked.notes;
  const figures = new Map(project.data.figures.map((f) => [f.id, f]));
  const events = new Map(project.data.events.map((e) => [e.id, e]));
  const charts = new Map((project.data.charts ?? []).map((c) => [c.id, c]));

  const replace = (node: RootContent): RootContent[] => {
    switch (node.type) {
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return [];
      case 'link':
        return [
          {
            ...node,
            url: new URL(node.url, page.url).href,
            children: node.children.flatMap(replace) as PhrasingContent[],
          },
        ];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const id = attr(node, 'id') ?? '';
        switch (node.name) {
          case 'Fig': {
            // The claimant too: a reader of the text alone must not read a one-party claim as fact.
            const shown = presentFigure(figures.get(id)!, publishers);
            return [{ type: 'text', value: attr(node, 'part') === 'date' ? shown.date : shown.text }, ...refs(node)];
          }
          case 'When':
            return [{ type: 'text', value: formatDate(events.get(id)!.date) }, ...refs(node)];
          case 'Quote':
            return [{ type: 'text', value: `“${attr(node, 'text')}”` }, ...refs(node)];
          case 'Cite':
            return refs(node);
          case 'Chart': {
            const chart = charts.get(id);
            return [
              {
                type: 'paragraph',
                children: [
                  { type: 'text', value: 'Chart: ' },
                  { type: 'link', url: links.chartUrl(id), children: [{ type: 'text', value: chart?.title ?? id }] },
                  { type: 'text', value: ' (every value with its source line).' },
                ],
              },
            ];
          }
          case 'Aside':
            return [labelledBlock(attr(node, 'title') ?? '', [], node.children.flatMap(replace) as BlockContent[])];
          case 'Reading':
            // Labelled as on the HTML page, so a reader of the text alone can tell the site's
            // interpretation from what the sources say.
            return [
              labelledBlock(
                `${attr(node, 'title') ?? READING_DEFAULT_TITLE}:`,
                [{ type: 'text', value: ` ${READING_NOTE}` }],
                node.children.flatMap(replace) as BlockContent[],
              ),
            ];
          default:
            return node.children.flatMap(replace);
        }
      }
    }
    if ('children' in node)
      return [{ ...node, children: (node.children as RootContent[]).flatMap(replace) } as RootContent];
    return [node];
  };

  const footnotes: FootnoteDefinition[] = notes.map((note) => {
    const seed = parseSeedKey(note.key);
    let text: string;
    let url: string;
    if (seed) {
      const line = project.seeds.get(seed.seed)?.lines[seed.line - 1] ?? '';
      text = `${links.sourceName(seed.seed)}, line ${seed.line}: "${noteWords(note, line).join(PASSAGE_SEPARATOR)}" `;
      url = links.lineUrl(seed.seed, seed.line);
    } else {
      const figure = figures.get(note.key.slice('figure:'.length))!;
      const workings = derivationInWords(figure, (id) => figures.get(id));
      text = `Derived figure: ${figure.measures}, ${presentFigure(figure, publishers).text}, computed as ${workings} `;
      url = links.figureUrl(figure.id);
    }
    // A link whose text is its URL is written as an autolink: <https://…>.
    // After the link: how a date shown with this line was worked out, when the line does not state it.
    const dating = (note.dating ?? []).map((basis) => ` ${formatDateBasis(basis)}`).join('');
    const children: PhrasingContent[] = [
      { type: 'text', value: text },
      { type: 'link', url, children: [{ type: 'text', value: url }] },
      ...(dating ? [{ type: 'text' as const, value: dating }] : []),
    ];
    return {
      type: 'footnoteDefinition',
      identifier: String(note.n),
      label: String(note.n),
      children: [{ type: 'paragraph', children }],
    };
  });

  const footnoteRefs = (marks: Mark[]): PhrasingContent[] =>
    marks.map((m) => ({ type: 'footnoteReference', identifier: String(m.n), label: String(m.n) }));
  const listOf = (items: PhrasingContent[][]): RootContent => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children }],
    })),
  });
  const glanceBlocks: RootContent[] = glance
    ? [
        { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Key figures' }] },
        listOf(
          glance.cards.map((card) => [
            { type: 'text', value: `${card.label}: ${card.value}${card.claim ? `, ${card.claim}` : ''}` },
            ...footnoteRefs(card.marks),
            { type: 'text', value: ` (${card.date}` },
            ...footnoteRefs(card.dateMarks),
            { type: 'text', value: ')' },
          ]),
        ),
        { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Timeline' }] },
        listOf(
          glance.events.map((event) => [
            { type: 'text', value: `${event.date}: ${event.title}${event.claim ? `, ${event.claim}` : ''}` },
            ...footnoteRefs(event.marks),
          ]),
        ),
      ]
    : [];
  const body = [...glanceBlocks, ...tree.children.flatMap(replace)];
  const header = `# ${page.title}\n\n${page.description}\n\nSource: ${page.url} (version of ${page.updated}). Each footnote names the source document, the line and the words the sentence relies on.\n\n`;
  const out: Root = { type: 'root', children: [...body, ...footnotes] };
  const markdown = unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' })
    .stringify(out);
  return header + markdown;
}
