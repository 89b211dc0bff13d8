/**
 * The dataset at /data/: the built CSV and JSON files read back (CSV with d3-dsv) and compared,
 * row by row, with the data in content/data/ — every figure, event line and conflict claim, with
 * its verbatim quote, and a quote that really is on its seed line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../lib/provenance/load';
import { checkSeedRef } from '../../lib/provenance/checks/seed-ref';
import {
  conflictRows,
  eventRows,
  figureRows,
  DATASET_FILES,
  type DatasetLinks,
  type DatasetName,
} from '../../lib/site/dataset';
import { publisherLabels } from '../../lib/provenance/format';
import { ROOT } from '../helpers/project';

const project = loadProject(ROOT);
const links: DatasetLinks = {
  lineUrl: (seed, line) => `https://example.org/sources/${seed}/#L${line}`,
  lineText: (seed, line) => project.seeds.get(seed)!.lines[line - 1]!,
  publishers: publisherLabels(project.data.sources),
};

describe('dataset rows', () => {
  it('have one row per figure, with a quote or (derived) inputs and a formula', () => {
    const rows = figureRows(project.data.figures, links);
    expect(rows.map((r) => r.id).sort()).toEqual(project.data.figures.map((f) => f.id).sort());
    for (const row of rows) {
      if (row.kind === 'sourced') {
        expect(row.quote.length, row.id).toBeGreaterThan(2);
        expect(
          checkSeedRef({ seed: row.seed, line: Number(row.line), quote: row.quote }, project.seeds),
          `${row.id}: quote on ${row.seed}:${row.line}`,
        ).toEqual([]);
      } else {
        expect(row.inputs, row.id).not.toBe('');
        expect(row.formula, row.id).not.toBe('');
      }
    }
  });
  it('quote every line byte for byte, as the source writes it (curly quotes, no-break spaces)', () => {
    const rows = [
      ...figureRows(project.data.figures, links).flatMap((r) => [
        { seed: r.seed, line: r.line, quote: r.quote },
        { seed: r.date_seed, line: r.date_line, quote: r.date_quote },
      ]),
      ...eventRows(project.data.events, links),
      ...conflictRows(project.data.conflicts, links),
    ].filter((r) => r.seed);
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(links.lineText(r.seed, r.line!), `${r.seed}:${r.line}`).toContain(r.quote);
  });
  it('print a claimed figure with its claimant, and leave a missing number empty (null)', () => {
    const rows = figureRows(project.data.figures, links);
    const claimed = rows.find((r) => r.id === 'us-tariff-india-18')!;
    expect(claimed.claimed_by).toBe('as Donald Trump announced (ANKASAM reports)');
    const derived = rows.find((r) => r.kind === 'derived')!;
    expect(derived.line).toBeNull();
  });
  it('have one row per event source line and per conflict claim', () => {
    expect(eventRows(project.data.events, links)).toHaveLength(
      project.data.events.reduce((n, e) => n + e.sources.length, 0),
    );
    expect(conflictRows(project.data.conflicts, links)).toHaveLength(
      project.data.conflicts.reduce((n, c) => n + c.claims.length, 0),
    );
  });
});

const dist = join(ROOT, 'dist');
describe.runIf(existsSync(join(dist, 'data/figures.csv')))('built dataset files', () => {
  const site = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');
  const expected: Record<DatasetName, Record<string, unknown>[]> = {
    figures: figureRows(project.data.figures, links) as unknown as Record<string, unknown>[],
    events: eventRows(project.data.events, links) as unknown as Record<string, unknown>[],
    conflicts: conflictRows(project.data.conflicts, links) as unknown as Record<string, unknown>[],
  };
  /** Compare as text (CSV has no types) with the host left out of URLs (the build's SITE_URL differs). */
  const normalise = (row: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, k === 'source_url' && v ? site(String(v)) : v === null ? '' : String(v)]),
    );

  for (const name of Object.keys(DATASET_FILES) as DatasetName[]) {
    it(`${name}.csv holds exactly the data, row for row`, () => {
      const rows = csvParse(readFileSync(join(dist, `data/${name}.csv`), 'utf8'));
      expect(rows.map((r) => normalise(r))).toEqual(expected[name].map(normalise));
    });
    it(`${name}.json holds the same rows, typed, with a description and licence`, () => {
      const body = JSON.parse(readFileSync(join(dist, `data/${name}.json`), 'utf8')) as {
        dataset: string;
        license: string;
        rows: Record<string, unknown>[];
      };
      expect(body.dataset).toBe(name);
      expect(body.license).toMatch(/^https:\/\//);
      expect(body.rows.map(normalise)).toEqual(expected[name].map(normalise));
      if (name === 'figures') expect(body.rows.every((r) => typeof r.value === 'number')).toBe(true);
      // A number the row lacks is null, never "": typed tools read one type per column.
      for (const row of body.rows)
        for (const key of ['line', 'date_line', 'value'])
          if (key in row)
            expect(row[key] === '' ? 'empty string' : 'ok', `${name} ${String(row.id)} ${key}`).toBe('ok');
    });
  }

  it('is described as a schema.org Dataset on /figures/ and linked from /figures/, /charts/ and /about/', () => {
    const figures = readFileSync(join(dist, 'figures/index.html'), 'utf8');
    const blocks = [...figures.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1]!) as { '@type': string; distribution?: { contentUrl: string }[] },
    );
    const dataset = blocks.find((b) => b['@type'] === 'Dataset');
    expect(dataset?.distribution?.map((d) => site(d.contentUrl).replace(/^.*\/data\//, ''))).toEqual([
      'figures.csv',
      'figures.json',
      'events.csv',
      'events.json',
      'conflicts.csv',
      'conflicts.json',
    ]);
    for (const page of ['figures/index.html', 'charts/index.html', 'about/index.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).toMatch(/href="[^"]*data\/figures\.csv"/);
      expect(html, page).toMatch(/href="[^"]*data\/events\.json"/);
    }
  });
});
