/**
 * Every date a built page shows whose year is not on the lines it cites says how it was worked out
 * (issue 18.9): a `<When>`, a `<Fig part="date">`, a home card or a home strip entry whose date has a
 * `yearFrom` or `inference` must have that basis in the note of one of its own cited lines, in the
 * page's source list and in its Markdown twin's footnotes; the timeline prints it behind "How this is
 * dated" and the figures table in the row (a chart's event list stays plain text, so the chart is one
 * Tab stop). The scanner is first run on purpose-made pages that lack the note, so a pass means the
 * pages carry it, not that the scanner is blind.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadProject } from '../../lib/provenance/load';
import { dateBases, eventCitations, figureCitations } from '../../lib/provenance/lineage';
import { formatDateBasis } from '../../lib/provenance/format';
import type { Project } from '../../lib/provenance/load';
import { ROOT } from '../helpers/project';

const DIST = join(ROOT, 'dist');
const project = loadProject(ROOT);

/** HTML text as a reader sees it: tags dropped, the entities Astro writes decoded. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

interface ShownDate {
  what: string;
  /** The citation keys the date's marks may point at. */
  keys: string[];
  /** The notes a reader must find: formatDateBasis of each basis. */
  notes: string[];
}

/** The dates a built page shows whose lines do not state them, found by the elements that print them. */
export function shownDates(html: string, data: Project['data']): ShownDate[] {
  const events = new Map(data.events.map((e) => [e.id, e]));
  const figures = new Map(data.figures.map((f) => [f.id, f]));
  const eventIds = [
    ...[...html.matchAll(/<time class="when"[^>]*data-event="([^"]+)"/g)].map((m) => m[1]!),
    // The home page's timeline strip links each entry to its event and prints the date inside the link.
    ...[
      ...(/<ol class="timeline-strip"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '').matchAll(
        /href="[^"]*timeline\/#event-([a-z0-9-]+)"><time/g,
      ),
    ].map((m) => m[1]!),
  ];
  const figureIds = [
    ...[...html.matchAll(/<span class="fig" data-figure="([^"]+)"[^>]*data-part="date"/g)].map((m) => m[1]!),
    // A home card prints its figure's date beside the value.
    ...[...html.matchAll(/<li class="key-figure"[\s\S]*?data-figure="([^"]+)"[\s\S]*?<\/li>/g)]
      .filter((m) => m[0].includes('<time'))
      .map((m) => m[1]!),
  ];
  const shown: ShownDate[] = [];
  for (const id of eventIds) {
    const event = events.get(id);
    if (!event) throw new Error(`the page shows event "${id}", which the data does not have`);
    const notes = dateBases(event.date).map(formatDateBasis);
    if (notes.length) shown.push({ what: `event ${id}`, keys: eventCitations(event).map((c) => c.key), notes });
  }
  for (const id of figureIds) {
    const figure = figures.get(id);
    if (!figure) throw new Error(`the page shows figure "${id}", which the data does not have`);
    const notes = dateBases(figure.date).map(formatDateBasis);
    const keys = [...figureCitations(figure, 'date'), ...figureCitations(figure, 'value')].map((c) => c.key);
    if (notes.length) shown.push({ what: `date of figure ${id}`, keys, notes });
  }
  return shown;
}

/** The page's source list: each note's key (from its link) and its text. */
function sourceNotes(html: string): { key: string; text: string }[] {
  const list = /<section class="source-list"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...list.matchAll(/<li id="cite-note-\d+">([\s\S]*?)<\/li>/g)].map((m) => {
    const seed = /href="[^"]*\/sources\/([a-z]+)\/#L(\d+)"/.exec(m[1]!);
    const figure = /href="[^"]*\/figures\/#figure-([a-z0-9-]+)"/.exec(m[1]!);
    const key = seed ? `${seed[1]}:${seed[2]}` : figure ? `figure:${figure[1]}` : '';
    return { key, text: text(m[1]!).replace(/\s+/g, ' ') };
  });
}

/** What is missing on a page: each shown date whose basis is in none of its own lines' notes. */
export function missingBases(html: string, data: Project['data']): string[] {
  const notes = sourceNotes(html);
  return shownDates(html, data).flatMap(({ what, keys, notes: wanted }) =>
    wanted
      .filter((note) => !notes.some((n) => keys.includes(n.key) && n.text.includes(note)))
      .map(
        (note) =>
          `${what}: expected the note of one of its lines (${keys.join(', ')}) to say "${note}"; found none. ` +
          'Fix: cite it through lineage.ts (figureCitations/eventCitations carry `dating`)',
      ),
  );
}

function topicPages(): { slug: string; html: string; twin: string }[] {
  return readdirSync(join(ROOT, 'content/pages'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .map((slug) => {
      const dir = slug === 'index' ? DIST : join(DIST, slug);
      const file = join(dir, 'index.html');
      if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first (npm test does)`);
      const twin = join(dir, 'index.md');
      return { slug, html: readFileSync(file, 'utf8'), twin: existsSync(twin) ? readFileSync(twin, 'utf8') : '' };
    });
}

describe('the scanner, on purpose-made pages', () => {
  const pahalgam = project.data.events.find((e) => e.id === 'pahalgam-attack')!;
  const note = formatDateBasis(dateBases(pahalgam.date)[0]!);
  const page = (sourceList: string) =>
    `<p>On <time class="when" datetime="2025-04-22" data-event="pahalgam-attack">22 April 2025</time></p>` +
    `<section class="source-list"><ol>${sourceList}</ol></section>`;
  test('fails a shown date whose basis is missing, or sits in the note of a line the date does not cite', () => {
    expect(
      missingBases(page('<li id="cite-note-1"><a href="/sources/aljazeera/#L24">line 24</a></li>'), project.data),
    ).toHaveLength(1);
    expect(
      missingBases(page(`<li id="cite-note-1"><a href="/sources/ankasam/#L3">line 3</a> ${note}</li>`), project.data),
    ).toHaveLength(1);
  });
  test("passes when the note of the date's own line says it", () => {
    const key = eventCitations(pahalgam)[0]!.key.split(':');
    const li = `<li id="cite-note-1"><a href="/sources/${key[0]}/#L${key[1]}">line</a> ${note}</li>`;
    expect(missingBases(page(li), project.data)).toEqual([]);
  });
});

describe.runIf(existsSync(join(DIST, 'index.html')))('built pages explain every year their lines leave out', () => {
  const pages = topicPages();
  test('the site shows such dates (else this test would prove nothing)', () => {
    expect(pages.flatMap((p) => shownDates(p.html, project.data)).length).toBeGreaterThan(5);
  });
  test.each(pages.map((p) => [p.slug, p] as const))('%s: in the source list and the Markdown twin', (_, page) => {
    expect(missingBases(page.html, project.data)).toEqual([]);
    const twin = page.twin.replace(/\\([[\]\\*_`<>&!#])/g, '$1');
    for (const { what, notes } of shownDates(page.html, project.data))
      for (const note of notes) expect(twin, `${page.slug} twin, ${what}`).toContain(note);
  });
  test('the timeline says how each such event is dated, behind a disclosure', () => {
    const html = readFileSync(join(DIST, 'timeline/index.html'), 'utf8');
    for (const event of project.data.events) {
      const bases = dateBases(event.date);
      if (!bases.length) continue;
      const entry = new RegExp(`<li id="event-${event.id}"[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
      const disclosure = /<details class="inference">([\s\S]*?)<\/details>/.exec(entry)?.[1] ?? '';
      for (const basis of bases) expect(text(disclosure), event.id).toContain(basis.how);
    }
  });
  test("the figures table gives each such figure's basis in its row", () => {
    const html = readFileSync(join(DIST, 'figures/index.html'), 'utf8');
    for (const figure of project.data.figures) {
      const row = new RegExp(`<tr id="figure-${figure.id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
      for (const basis of dateBases(figure.date)) expect(text(row), figure.id).toContain(basis.how);
    }
  });
});
