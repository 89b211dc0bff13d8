/**
 * The chart key: one entry per drawing convention the chart actually uses, each a small drawn
 * sample (the same classes as the chart, so the sample looks like the mark) and one short
 * sentence. A timeline draws uncertainty with at most three encodings (solid, dashed, dashed from
 * an open circle); the key is where a reader learns them, so it shows them, not a paragraph.
 */
import type { ChartModel } from './model';
import type { Shape } from './geometry';
import { drawnInPlot } from './geometry';

export interface KeyEntry {
  /** Stable name of the convention (data-key in the page). */
  name: string;
  /** The sample, drawn in a 28 × 14 box with the chart's own classes. */
  sample: Shape[];
  text: string;
}

const W = 28;
const MID = 7;
const flat = (cls: string): Shape => ({ type: 'path', d: `M2,${MID}H${W - 2}`, cls });
const box = (cls: string): Shape => ({ type: 'rect', x: 2, y: 2, width: W - 4, height: 10, cls });

/** Every convention a chart of this kind may use, in the order the key lists them. */
const ENTRIES: { name: string; applies: (model: ChartModel) => boolean; sample: Shape[]; text: string }[] = [
  { name: 'stated', applies: (m) => m.kind === 'timeline', sample: [flat('level role-data')], text: 'in effect, as a source states it' },
  {
    name: 'uncertain',
    applies: (m) => m.kind === 'timeline',
    sample: [flat('level uncertain role-data')],
    text: 'date known only to the month or a span: the level may begin anywhere along the dashes',
  },
  {
    name: 'announced',
    applies: (m) => m.kind === 'timeline' && m.marks.some((k) => k.role === 'announced'),
    sample: [{ type: 'circle', cx: 5, cy: MID, r: 3.5, cls: 'start role-announced' }, { type: 'path', d: `M9,${MID}H${W - 2}`, cls: 'level role-announced' }],
    text: 'announced by one party; no source says when it took effect',
  },
  {
    name: 'event',
    applies: (m) => m.kind === 'timeline' && m.events.length > 0,
    sample: [{ type: 'circle', cx: W / 2, cy: MID, r: 6, cls: 'event-badge' }],
    text: 'numbered event, listed under the chart',
  },
  { name: 'stated', applies: (m) => m.kind === 'bars' && m.marks.some((k) => k.role === 'data'), sample: [box('bar role-data')], text: 'a figure a source states' },
  { name: 'derived', applies: (m) => m.marks.some((k) => k.role === 'derived'), sample: [box('bar role-derived')], text: "the site's own calculation, not stated by a source" },
  { name: 'target', applies: (m) => m.marks.some((k) => k.role === 'target'), sample: [box('bar role-target')], text: 'a target, not a measurement' },
  {
    name: 'over',
    applies: (m) => m.kind === 'bars' && m.marks.some((k) => k.bound === 'over'),
    sample: [{ type: 'path', d: `M2,${MID}H${W - 4}`, cls: 'open-end role-context' }, { type: 'path', d: `M${W - 10},2L${W - 4},${MID}L${W - 10},12`, cls: 'open-end role-context' }],
    text: 'the source says “over”',
  },
  {
    name: 'words',
    applies: (m) => m.marks.some((k) => k.role === 'qualitative' && drawnInPlot(k.role)),
    sample: [{ type: 'line', x1: 4, y1: 1, x2: 4, y2: 13, cls: 'words-rule' }],
    text: 'described only in words; nothing is drawn',
  },
];

export function chartKey(model: ChartModel): KeyEntry[] {
  return ENTRIES.filter((entry) => entry.applies(model)).map(({ name, sample, text }) => ({ name, sample, text }));
}

export const KEY_SAMPLE_SIZE = { width: W, height: 14 } as const;
