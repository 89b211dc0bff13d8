/**
 * One presentation of a figure (issue 17.1): every figure, printed through every medium of the
 * built site, reads the same — the same value with its bound, and the same claimant for a
 * one-party claim. Expected text comes from `presentFigure`; found text from dist/: <Fig> in
 * pages, the home cards, the /figures/ table, chart tables and chart CSV/JSON, the Markdown twins,
 * and the dataset's CSV and JSON.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { loadProject } from '../../lib/provenance/load';
import { presentFigure, publisherLabels } from '../../lib/provenance/format';
import { isFigureMark } from '../../lib/provenance/schema';
import { ROOT } from '../helpers/project';

const DIST = join(ROOT, 'dist');
const project = loadProject(ROOT);
const publishers = publisherLabels(project.data.sources);
const figures = new Map(project.data.figures.map((f) => [f.id, f]));
const shown = new Map(project.data.figures.map((f) => [f.id, presentFigure(f, publishers)]));
const decode = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
const claimed = project.data.figures.filter((f) => f.claimedBy);

function files(dir: string, name: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !['_astro', 'pagefind'].includes(entry.name)) files(path, name, found);
    else if (entry.name === name) found.push(path);
  }
  return found;
}

describe.runIf(existsSync(join(DIST, 'index.html')))('every figure reads the same in every medium', () => {
  test('the site has at least one claimed figure to compare', () => {
    expect(claimed.length).toBeGreaterThan(0);
  });

  test('<Fig> in pages and the home cards: value with bound, then the claimant when there is one', () => {
    const problems: string[] = [];
    let seen = 0;
    for (const file of files(DIST, 'index.html')) {
      const html = readFileSync(file, 'utf8');
      const fig =
        /<span class="fig" data-figure="([^"]+)"[^>]*>([^<]*)<\/span>(, <span class="claim"[^>]*>([^<]*)<\/span>|<span class="claim">, ([^<]*)<\/span>)?/g;
      for (const m of html.matchAll(fig)) {
        const expected = shown.get(m[1]!);
        const text = decode(m[2]!);
        const claim = m[4] ?? m[5];
        seen++;
        if (!expected) problems.push(`${relative(DIST, file)}: unknown figure ${m[1]}`);
        else if (text === expected.date && text !== expected.value)
          continue; // part="date"
        else if (text !== expected.value)
          problems.push(`${relative(DIST, file)}: ${m[1]} reads "${text}", expected "${expected.value}"`);
        else if ((claim && decode(claim)) !== expected.claim)
          problems.push(`${relative(DIST, file)}: ${m[1]} claim "${claim ?? ''}", expected "${expected.claim ?? ''}"`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  test('the /figures/ table prints each figure as presentFigure does', () => {
    const html = readFileSync(join(DIST, 'figures/index.html'), 'utf8');
    for (const [id, expected] of shown) {
      const row = new RegExp(`<tr id="figure-${id}"[^>]*>[\\s\\S]*?</th>\\s*<td[^>]*>([^<]*)</td>`).exec(html);
      expect(row, id).not.toBeNull();
      expect(decode(row![1]!), id).toBe(expected.text);
    }
  });

  test('chart tables and chart CSV/JSON carry the value and the claimant of each figure mark', () => {
    for (const chart of project.data.charts ?? []) {
      const csv = csvParse(readFileSync(join(DIST, `charts/${chart.id}.csv`), 'utf8'));
      const json = JSON.parse(readFileSync(join(DIST, `charts/${chart.id}.json`), 'utf8')) as {
        rows: Record<string, unknown>[];
      };
      const html = decode(readFileSync(join(DIST, 'charts/index.html'), 'utf8'));
      for (const mark of chart.marks.filter(isFigureMark)) {
        const expected = shown.get(mark.figure)!;
        const rows = [...csv.filter((r) => r.mark === mark.figure), ...json.rows.filter((r) => r.mark === mark.figure)];
        expect(rows.length, `${chart.id}/${mark.figure}`).toBeGreaterThan(0);
        for (const r of rows) {
          expect(r.shown_as, `${chart.id}/${mark.figure}`).toBe(expected.value);
          expect(r.claimed_by, `${chart.id}/${mark.figure}`).toBe(expected.claim ?? '');
        }
        const cell = expected.claim
          ? `${expected.value}, <span class="claim">${expected.claim}</span>`
          : expected.value;
        expect(html, `${chart.id}/${mark.figure} in the chart table`).toContain(
          `<th scope="row">${mark.label}</th><td>${cell}`,
        );
      }
    }
  });

  test('the Markdown twin prints a claimed figure with its claimant wherever its page does', () => {
    for (const md of files(DIST, 'index.md')) {
      const html = readFileSync(md.replace(/index\.md$/, 'index.html'), 'utf8');
      const text = readFileSync(md, 'utf8');
      for (const figure of claimed) {
        const expected = shown.get(figure.id)!;
        const onPage = (html.match(new RegExp(`data-figure="${figure.id}"[^>]*>${expected.value}<`, 'g')) ?? []).length;
        const inTwin = text.split(expected.text).length - 1;
        // At least as often as the page prints the figure (an event title may also end in the same words).
        expect(inTwin, `${relative(DIST, md)}: "${expected.text}"`).toBeGreaterThanOrEqual(onPage);
      }
    }
  });

  test('the dataset CSV and JSON give the same value and claimant', () => {
    const csv = csvParse(readFileSync(join(DIST, 'data/figures.csv'), 'utf8'));
    const json = JSON.parse(readFileSync(join(DIST, 'data/figures.json'), 'utf8')) as {
      rows: Record<string, unknown>[];
    };
    for (const rows of [csv, json.rows]) {
      expect(rows.map((r) => r.id).sort()).toEqual([...figures.keys()].sort());
      for (const r of rows) {
        const expected = shown.get(String(r.id))!;
        expect([r.shown_as, r.claimed_by], String(r.id)).toEqual([expected.value, expected.claim ?? '']);
      }
    }
  });
});
