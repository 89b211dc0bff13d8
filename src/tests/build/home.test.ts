/**
 * The home page's story at a glance: the frontmatter check (ids exist, labels carry no numbers),
 * the marks it adds to the page's notes, and the built page (cards first, then the chart, the
 * timeline strip and the topic cards, all before the long read; no new script; within 16 KB gzip).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PageMarks, type PageNote } from '../../lib/provenance/citations';
import { figureCitations } from '../../lib/provenance/lineage';
import { loadProject } from '../../lib/provenance/load';
import { glanceModel, glanceProblems, type Glance } from '../../lib/site/home';
import { sourceLabel } from '../../lib/provenance/format';
import { ROOT } from '../helpers/project';

const project = loadProject(ROOT);
const front = parseYaml(
  /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, 'content/pages/index.mdx'), 'utf8'))![1]!,
) as { glance: Glance };
const known = {
  figures: project.data.figures.map((f) => f.id),
  events: project.data.events.map((e) => e.id),
  charts: (project.data.charts ?? []).map((c) => c.id),
};

describe('glanceProblems', () => {
  it('accepts the home page as written', () => {
    expect(glanceProblems(front.glance, known)).toEqual([]);
  });
  it('rejects a card label with a number, naming the file, figure and fix', () => {
    const broken = { ...front.glance, figures: [{ figure: 'us-tariff-india-50', label: 'Tariff of 50% at its peak' }] };
    expect(glanceProblems(broken, known)).toEqual([
      expect.stringMatching(
        /index\.mdx.*label "Tariff of 50% at its peak" for us-tariff-india-50 contains the number "50%"/,
      ),
    ]);
  });
  it("rejects a quantity in words or in another script's digits, as everywhere else", () => {
    const words = {
      ...front.glance,
      figures: [{ figure: 'us-tariff-india-50', label: 'US tariff on Indian goods doubled to its peak' }],
    };
    expect(glanceProblems(words, known)).toEqual([expect.stringMatching(/contains the quantity in words "doubled"/)]);
    const arabic = { ...front.glance, figures: [{ figure: 'us-tariff-india-50', label: 'Tariff of ٥٠% at its peak' }] };
    expect(glanceProblems(arabic, known)).toEqual([expect.stringMatching(/contains the number "٥٠%"/)]);
  });
  it('allows names with digits (H-1B)', () => {
    const named = { ...front.glance, figures: [{ figure: 'h1b-share-indians', label: 'H-1B visas' }] };
    expect(glanceProblems(named, known)).toEqual([]);
  });
  it('rejects unknown figure, event and chart ids', () => {
    const broken = {
      figures: [{ figure: 'no-such-figure', label: 'Something' }],
      events: ['no-such-event'],
      chart: 'no-such-chart',
    };
    const problems = glanceProblems(broken, known);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(
      /figure "no-such-figure"[\s\S]*event "no-such-event"[\s\S]*chart "no-such-chart"/,
    );
  });
});

describe("PageMarks continuing a page's notes", () => {
  const notes: PageNote[] = [{ n: 1, key: 'aljazeera:4', refs: ['cite-ref-1-a'], quotes: ['words'], wholeLine: false }];
  it('reuses a note the body already has, with the next back-link letter', () => {
    const book = new PageMarks(notes);
    expect(book.citeAll([{ key: 'aljazeera:4' }])).toEqual([{ n: 1, ref: 'cite-ref-1-b', key: 'aljazeera:4' }]);
    expect(book.list()[0]!.refs).toEqual(['cite-ref-1-a', 'cite-ref-1-b']);
    expect(notes[0]!.refs, 'the input is not changed').toEqual(['cite-ref-1-a']);
  });
  it('numbers a new key after the existing notes', () => {
    const book = new PageMarks(notes);
    const marks = [
      ...book.citeAll([{ key: 'ankasam:15', quote: 'the tariff' }]),
      ...book.citeAll([{ key: 'ankasam:15' }]),
    ];
    expect(marks.map((m) => m.ref)).toEqual(['cite-ref-2-a', 'cite-ref-2-b']);
    expect(book.list().map((n) => n.n)).toEqual([1, 2]);
    expect(book.list()[1]!.quotes, 'the new note keeps the words relied on').toEqual(['the tariff']);
    expect(book.list()[1]!.wholeLine, 'and that a mark relied on the line without naming words').toBe(true);
    expect(notes[0]!.quotes, 'the input is not changed').toEqual(['words']);
  });
});

describe('glanceModel', () => {
  const model = glanceModel(
    front.glance,
    {
      figures: project.data.figures,
      events: project.data.events,
      charts: known.charts,
      publishers: new Map(project.data.sources.map((s) => [s.id, sourceLabel(s)])),
    },
    [],
  );
  it('gives each card its figure value, date and the same marks as a <Fig> of it anywhere else', () => {
    expect(model.cards.map((c) => c.figure)).toEqual(front.glance.figures.map((f) => f.figure));
    for (const card of model.cards) {
      const figure = project.data.figures.find((f) => f.id === card.figure)!;
      expect(card.value).toMatch(/\d/);
      expect(
        card.marks.map((m) => m.key),
        card.figure,
      ).toEqual(figureCitations(figure, 'value').map((c) => c.key));
      const valueKeys = new Set(card.marks.map((m) => m.key));
      const dateKeys = figureCitations(figure, 'date')
        .map((c) => c.key)
        .filter((k) => !valueKeys.has(k));
      expect(
        card.dateMarks.map((m) => m.key),
        card.figure,
      ).toEqual(dateKeys);
      if (figure.claimedBy)
        expect(card.claim, card.figure).toMatch(new RegExp(`^as ${figure.claimedBy.who} ${figure.claimedBy.verb}`));
    }
  });
  it('orders the timeline strip by date and cites every event', () => {
    const isos = model.events.map((e) => e.iso);
    expect(isos).toEqual([...isos].sort());
    expect(model.events.every((e) => e.marks.length > 0)).toBe(true);
  });
  it("says who claims an event known only as one party's claim, and nothing for the others", () => {
    for (const event of model.events) {
      const data = project.data.events.find((e) => e.id === event.id)!;
      if (data.claimedBy)
        expect(event.claim, event.id).toMatch(
          new RegExp(`^as ${data.claimedBy.who} ${data.claimedBy.verb} \\(.+ reports?\\)$`),
        );
      else expect(event.claim, event.id).toBeUndefined();
    }
    expect(
      model.events.some((e) => e.claim),
      'the home strip includes at least one claimed event',
    ).toBe(true);
  });
});

const built = join(ROOT, 'dist/index.html');
describe.runIf(existsSync(built))('built home page', () => {
  const html = readFileSync(built, 'utf8');
  it('shows the cards, then the story in brief, then the chart, the timeline strip and the topics', () => {
    const at = (needle: string) => {
      const i = html.indexOf(needle);
      expect(i, needle).toBeGreaterThan(0);
      return i;
    };
    const order = [
      at('class="key-figures"'),
      at('id="the-story-in-brief"'),
      at('class="glance-chart"'),
      at('class="timeline-strip"'),
      at('class="topic-cards"'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html.match(/class="key-figure"/g)).toHaveLength(front.glance.figures.length);
  });
  it('links the strip into /timeline/ and each topic card to its page', () => {
    for (const id of front.glance.events) expect(html).toContain(`timeline/#event-${id}"`);
    const strip = html.match(/<ol class="timeline-strip"[\s\S]*?<\/ol>/)![0];
    expect(strip, 'a one-sided announcement in the strip says who made it').toContain(
      '<span class="claim">, as Donald Trump announced (ANKASAM reports)</span>',
    );
    expect(html.match(/<ul class="topic-cards"[\s\S]*?<\/ul>/)![0].match(/<li>/g)!.length).toBeGreaterThan(3);
  });
  it('adds no script beyond the site-wide ones, and keeps HTML plus CSS within 16 KB gzip', () => {
    const scripts = html.match(/<script\b[^>]*\bsrc="[^"]*"/g) ?? [];
    expect(scripts.filter((s) => !/theme\.js|CiteScript/.test(s))).toEqual([]);
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
      readFileSync(join(ROOT, 'dist', m[1]!.replace(/^\/+/, '')), 'utf8'),
    );
    const bytes = gzipSync(html).length + css.reduce((sum, text) => sum + gzipSync(text).length, 0);
    expect(bytes).toBeLessThanOrEqual(16 * 1024);
  });
});
