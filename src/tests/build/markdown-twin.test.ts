/**
 * Markdown twins and /llms.txt: each content page as Markdown in which every citation is a
 * footnote naming the source, the line and the quoted words (checked against the seed line), linked
 * from its page; and an llms.txt in the llmstxt.org shape that lists the twins and the dataset.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../lib/provenance/load';
import { checkSeedRef } from '../../lib/provenance/checks/seed-ref';
import { footnotePassages, markdownTwin, type TwinLinks } from '../../lib/site/markdown-twin';
import { ROOT } from '../helpers/project';

const project = loadProject(ROOT);
const links: TwinLinks = {
  sourceName: (seed) => ({ ankasam: 'ANKASAM', aljazeera: 'Al Jazeera' })[seed] ?? seed,
  lineUrl: (seed, line) => `https://example.org/sources/${seed}/#L${line}`,
  figureUrl: (id) => `https://example.org/figures/#figure-${id}`,
  chartUrl: (id) => `https://example.org/charts/#fig-${id}`,
};
const page = {
  title: 'Test',
  description: 'A test page for the twin.',
  url: 'https://example.org/tariffs/',
  updated: '2026-11-22',
  file: 'test.mdx',
};
/** Markdown escapes a few characters in text ("\\[vii]"); a reader sees them unescaped. */
const unescapeMarkdown = (text: string) => text.replace(/\\([[\]\\*_`<>&!#])/g, '$1');
/** A footnote: source, line, words and link (or a derived figure's workings), then any date's basis. */
const FOOTNOTE =
  /^\[\^(\d+)\]: (?:(.+), line (\d+): "(.*)" <https?:\/\/[^>]+\/sources\/([a-z]+)\/#L(\d+)>|Derived figure: .+ <https?:\/\/[^>]+\/figures\/#figure-[a-z0-9-]+>)(?: [^<>]+: (?:year from context|inferred)\. [^<>]+)?$/;

describe('markdownTwin', () => {
  const mdx = [
    '---',
    'title: Test',
    '---',
    '',
    'The tariff went to <Fig id="us-tariff-india-50" /> in <Fig id="us-tariff-india-50" part="date" />, said <Quote at="aljazeera:5" text="at the lowest point in decades" />.<Cite at="aljazeera:4" /> See [people](../people/#donald-trump).',
    '',
    '<Aside title="A note">Inside the aside.<Cite at="aljazeera:4" /></Aside>',
    '',
    '<Chart id="tariff-rate" />',
    '',
  ].join('\n');
  const md = markdownTwin(mdx, page, project, links);

  it('prints figures, dates and quotations from the data, each followed by its footnote reference', () => {
    expect(md).toMatch(
      /The tariff went to 50%\[\^1\] in .+\[\^\d\], said “at the lowest point in decades”\[\^\d\]\.\[\^\d\]/,
    );
  });
  it('writes each note as "Source, line L: "quote" <link to the line>", numbered as on the page', () => {
    const notes = md.split('\n').filter((l) => l.startsWith('[^'));
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const note of notes) expect(note).toMatch(FOOTNOTE);
    expect(md).toContain('[^1]: invezz, line 41: "');
    expect(md).toContain(
      'Al Jazeera, line 5: "at the lowest point in decades" <https://example.org/sources/aljazeera/#L5>',
    );
  });
  it('resolves relative links against the page, and turns asides and charts into Markdown', () => {
    expect(md).toContain('[people](https://example.org/people/#donald-trump)');
    expect(md).toMatch(/^> \*\*A note\*\*$/m);
    expect(md).toContain(
      '[The US raised its tariff on Indian goods to 50% in August 2025; Trump announced a cut to 18%](https://example.org/charts/#fig-tariff-rate)',
    );
  });
  it("labels each <Reading> block as the site's reading, with its own title when it has one", () => {
    const reading = markdownTwin(
      '---\ntitle: Test\n---\n\n<Reading>\nOur view of it.<Cite at="aljazeera:4" />\n</Reading>\n\n<Reading title="Readings compared">\nAnother view.\n</Reading>\n',
      page,
      project,
      links,
    );
    expect(reading).toMatch(
      /^> \*\*Our reading:\*\* This is the site's interpretation of the sources, not a source's own statement\.\n>\n> Our view of it\.\[\^1\]$/m,
    );
    expect(reading).toMatch(/^> \*\*Readings compared:\*\* This is the site's interpretation/m);
    expect(reading).not.toMatch(/^Our view of it/m);
  });
  it('writes the home page glance as lists of key figures and events, with footnotes', () => {
    const glance = {
      figures: [{ figure: 'us-tariff-india-50', label: 'Tariff at its peak' }],
      chart: 'tariff-rate',
      events: ['trump-returns-white-house'],
    };
    const home = markdownTwin(
      '---\ntitle: Home\n---\n\nText.<Cite at="aljazeera:4" />\n',
      { ...page, glance },
      project,
      links,
    );
    // The value's mark is the same as a <Fig> of it anywhere; the line that states the date is cited after the date.
    expect(home).toMatch(/## Key figures\n\n- Tariff at its peak: 50%\[\^\d\] \(August 2025\[\^\d\]\)/);
    expect(home).toMatch(/## Timeline\n\n- January 2025: .+\[\^\d\]/);
    expect(home).toMatch(/^\[\^2\]: /m);
  });
  it('prints a claimed figure with its claimant, as the HTML page does', () => {
    const twin = markdownTwin(
      '---\ntitle: T\n---\n\nThe rate would fall to <Fig id="us-tariff-india-18" />.\n',
      page,
      project,
      links,
    );
    expect(twin).toContain('The rate would fall to 18%, as Donald Trump announced (ANKASAM reports)[^1].');
  });
  it('refuses a page the remark check rejects, naming the file', () => {
    expect(() => markdownTwin('A number 42 here.', page, project, links)).toThrow(
      /test\.mdx:1:\d+ uncited number "42"/,
    );
  });
});

const dist = join(ROOT, 'dist');
describe.runIf(existsSync(join(dist, 'llms.txt')))('built twins and llms.txt', () => {
  const slugs = readdirSync(join(ROOT, 'content/pages'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
  const twinPath = (slug: string) => (slug === 'index' ? 'index.md' : `${slug}/index.md`);

  it.each(slugs)('%s has a twin whose footnotes quote their seed lines, linked from the page', (slug) => {
    const md = readFileSync(join(dist, twinPath(slug)), 'utf8');
    const defs = md
      .split('\n')
      .filter((l) => /^\[\^\d+\]:/.test(l))
      .map(unescapeMarkdown);
    const body = md
      .split('\n')
      .filter((l) => !/^\[\^\d+\]:/.test(l))
      .join('\n');
    const used = new Set([...body.matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]));
    expect(new Set(defs.map((d) => /^\[\^(\d+)\]/.exec(d)![1]))).toEqual(used);
    for (const def of defs) {
      const match = FOOTNOTE.exec(def);
      expect(match, def).not.toBeNull();
      if (match![2])
        for (const quote of footnotePassages(match![4]!))
          expect(checkSeedRef({ seed: match![5]!, line: Number(match![3]), quote }, project.seeds), def).toEqual([]);
    }
    expect(md).not.toMatch(/<(?:Fig|When|Quote|Cite|Aside|Chart)\b/);
    const html = readFileSync(join(dist, slug === 'index' ? 'index.html' : `${slug}/index.html`), 'utf8');
    expect(html).toMatch(
      new RegExp(`<link rel="alternate" type="text/markdown" href="[^"]*/${twinPath(slug).replace('.', '\\.')}"`),
    );
  });

  it('llms.txt has the llmstxt.org shape and lists every twin and dataset file', () => {
    const text = readFileSync(join(dist, 'llms.txt'), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines[2]).toMatch(/^> \S/);
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Pages (Markdown, with source footnotes)',
      '## Data',
      '## Optional',
    ]);
    for (const l of lines.filter((line) => line.startsWith('- ')))
      expect(l).toMatch(/^- \[[^\]]+\]\(https?:\/\/[^)]+\): \S/);
    for (const slug of slugs) expect(text).toContain(`/${twinPath(slug)})`);
    for (const file of ['figures.csv', 'figures.json', 'events.csv', 'events.json', 'conflicts.csv', 'conflicts.json'])
      expect(text).toContain(`/data/${file})`);
  });
});
