/**
 * Drawing conventions live in the chart tables' notes (issue 18.2): every drawn chart on /charts/
 * has a data table whose note spells out, in words generated from the mark units' key, how the
 * drawing encodes each convention, and the table points at it (aria-describedby). The text
 * alternative (the SVG's <desc>) stays the chart's message, with no drawing words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { drawingNote } from '../../lib/charts/marks/index';
import { oneNumber } from '../../lib/charts/figure-card';
import { chartIds, model } from '../charts/helpers';
import { ROOT } from '../helpers/project';

const PAGE = join(ROOT, 'dist/charts/index.html');
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe.runIf(existsSync(PAGE))('chart tables on /charts/ explain the drawing', () => {
  const html = readFileSync(PAGE, 'utf8');
  const drawn = chartIds.filter((id) => !oneNumber(model(id)));
  test('the site has drawn charts to check', () => expect(drawn.length).toBeGreaterThan(1));
  test.each(drawn)('%s: the table note says how it is drawn; the text alternative keeps to the message', (id) => {
    const section = new RegExp(`<section class="chart" data-chart="${id}"[\\s\\S]*?<p class="chart-downloads"`).exec(
      html,
    )?.[0];
    expect(section, `no chart section for ${id}`).toBeDefined();
    const note = /<p class="chart-table-note" id="([^"]+)">([\s\S]*?)<\/p>/.exec(section!);
    expect(note, `${id}: expected a <p class="chart-table-note"> after the data table`).not.toBeNull();
    expect(decode(note![2]!)).toBe(`How the chart is drawn: ${drawingNote(model(id))}`);
    expect(section).toContain(`<table aria-describedby="${note![1]}">`);
    for (const desc of section!.matchAll(/<desc id="[^"]+">([^<]*)<\/desc>/g)) {
      expect(decode(desc[1]!), id).toBe(decode(model(id).description));
      expect(desc[1], `${id}: drawing words belong in the table note`).not.toMatch(
        /\b(?:dashed|hollow|solid line|hatched)\b/i,
      );
    }
  });
});
