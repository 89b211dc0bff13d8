/**
 * Level marks on a timeline: each series is one connected stepped line. A level whose start is
 * known only to a month or a span is dashed across it; an announced level starts at an open
 * circle; a comparison series is drawn quieter; a disputed claim is kept out of the plot (it is
 * in the table, with its note and the link to the disagreement). Three encodings of uncertainty
 * at most: solid, dashed, dashed from an open circle, each in the key.
 */
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import type { MarkRole } from '../../provenance/chart-roles';
import type { MarkGeometry, Shape } from '../shapes';
import { textWidth } from '../text';
import type { ResolvedMark, Span } from '../model';
import { isWide } from './event';
import { markAriaLabel, markInfo, round } from './shared';
import { KEY_MID, KEY_SAMPLE_SIZE, type KeyEntry, type RoleTexts } from './types';

export const LEVEL_ROLES: RoleTexts = {
  data: { aria: '', kind: 'stated', suffix: '' },
  announced: { aria: ' (announced, not shown in effect)', kind: 'announced', suffix: ' (announced)' },
  reference: { aria: ' (for comparison)', kind: 'comparison', suffix: '' },
  disputed: { aria: ' (disputed claim, not drawn)', kind: 'disputed claim, not drawn', suffix: ' (disputed)' },
};

/** Roles listed in the table but never drawn in the plot area. */
const OFF_PLOT_ROLES: ReadonlySet<MarkRole> = new Set(['disputed']);
export const drawnInPlot = (role: MarkRole): boolean => !OFF_PLOT_ROLES.has(role);

const W = KEY_SAMPLE_SIZE.width;
const timeline = (m: { kind: string }) => m.kind === 'timeline';
export const LEVEL_KEY: KeyEntry[] = [
  {
    name: 'stated',
    applies: timeline,
    sample: [{ type: 'path', d: `M2,${KEY_MID}H${W - 2}`, cls: 'level role-data' }],
    drawn: 'solid line',
    text: 'in effect, as a source states it',
  },
  {
    name: 'uncertain',
    applies: timeline,
    sample: [{ type: 'path', d: `M2,${KEY_MID}H${W - 2}`, cls: 'level uncertain role-data' }],
    drawn: 'dashed line',
    text: 'date known only to the month or a span: the level may begin anywhere along the dashes',
  },
  {
    name: 'announced',
    applies: (m) => timeline(m) && m.marks.some((k) => k.role === 'announced'),
    sample: [
      { type: 'circle', cx: 5, cy: KEY_MID, r: 3.5, cls: 'start role-announced' },
      { type: 'path', d: `M9,${KEY_MID}H${W - 2}`, cls: 'level role-announced' },
    ],
    drawn: 'long dashes from a hollow circle',
    text: 'announced by one party; no source says when it took effect',
  },
];

export interface LevelFrame {
  x: ScaleTime<number, number>;
  y: ScaleLinear<number, number>;
  domainEnd: Date;
  top: number;
  baseline: number;
  left: number;
  right: number;
  fontSize: number;
}

/** Where a level starts (its `from` event, else its own date). */
const startOf = (mark: ResolvedMark): Span => mark.fromSpan ?? mark.span!;

/** Marks grouped into series (by `series`, else one each), each series in date order. */
export function seriesOf(marks: ResolvedMark[]): ResolvedMark[][] {
  const series = new Map<string, ResolvedMark[]>();
  for (const mark of marks) series.set(mark.series ?? mark.key, [...(series.get(mark.series ?? mark.key) ?? []), mark]);
  return [...series.values()].map((levels) =>
    levels.sort((a, b) => startOf(a).start.getTime() - startOf(b).start.getTime()),
  );
}

/** The lines of one level: dashed where its start or end is a span, solid between, a riser to the next level. */
function levelShapes(
  mark: ResolvedMark,
  next: ResolvedMark | undefined,
  frame: LevelFrame,
): { shapes: Shape[]; endX: number } {
  const { x, y } = frame;
  const start = startOf(mark);
  const nextStart = next ? startOf(next) : undefined;
  // A level with no successor holds to the chart's end, unless it is a comparison drawn only
  // across its own (imprecise) date, where holding beyond it is not in the sources.
  const endSpan = mark.untilSpan ?? nextStart;
  const endTime = endSpan
    ? endSpan.start
    : mark.role === 'reference' || mark.role === 'context'
      ? start.end
      : frame.domainEnd;
  const level = round(y(mark.value!));
  const segment = (from: Date, to: Date) =>
    d3line<[number, number]>()([
      [round(x(from)), level],
      [round(x(to)), level],
    ]) ?? '';
  const roleClass = `role-${mark.role}`;
  const shapes: Shape[] = [];
  let solidFrom = start.start;
  if (isWide(start)) {
    // Imprecise start: the level may have begun anywhere in the span, so draw it dashed there.
    const uncertainTo = start.end.getTime() < endTime.getTime() ? start.end : endTime;
    shapes.push({ type: 'path', d: segment(start.start, uncertainTo), cls: `level uncertain ${roleClass}` });
    solidFrom = uncertainTo;
  } else {
    // An announced level starts at the announcement (an open circle, see chart.css), not at a day it took effect.
    shapes.push({ type: 'circle', cx: round(x(start.start)), cy: level, r: 3.5, cls: `start ${roleClass}` });
  }
  if (solidFrom.getTime() < endTime.getTime())
    shapes.push({ type: 'path', d: segment(solidFrom, endTime), cls: `level ${roleClass}` });
  // Imprecise end: the level may have held anywhere up to the end of the span.
  if (endSpan && isWide(endSpan))
    shapes.push({ type: 'path', d: segment(endSpan.start, endSpan.end), cls: `level uncertain ${roleClass}` });
  // One connected line per series: a riser joins this level to the next where the next begins.
  if (next && nextStart && !mark.untilSpan) {
    const rx = round(x(nextStart.start));
    shapes.push({ type: 'line', x1: rx, y1: level, x2: rx, y2: round(y(next.value!)), cls: `riser role-${next.role}` });
  }
  return { shapes, endX: x(endSpan && isWide(endSpan) ? endSpan.end : endTime) };
}

/** The direct label's words: the series name on its first level, then the value and the role's suffix. */
export function levelLabel(mark: ResolvedMark, first: boolean): string {
  const named = first || mark.role === 'reference' || mark.role === 'context';
  return `${named ? `${mark.label} ` : ''}${mark.valueText}${LEVEL_ROLES[mark.role]?.suffix ?? ''}`;
}

/**
 * Label placement: start where the level starts (or end just before it, if it would run off the
 * chart or be crossed by the riser to the series' next level), above the line, else below, else
 * higher; never on another label.
 */
export function placeLabel(
  text: string,
  at: { x: number; level: number; nextRiserX?: number },
  frame: Pick<LevelFrame, 'top' | 'baseline' | 'left' | 'right' | 'fontSize'>,
  placed: { x: number; y: number; w: number }[],
): { x: number; y: number } {
  const { fontSize } = frame;
  const w = textWidth(text, fontSize, true);
  let lx = at.x + 2;
  const before = at.x - w - 6;
  // No room after the start (a level that begins near the end): end the label just before the
  // start, clear of the riser that joins this level, else pull it left from the chart's edge.
  if (lx + w > frame.right) lx = before >= frame.left ? before : frame.right - w;
  // A short level whose next riser would cut through its label (on a phone, a rate that held for
  // weeks): the label ends just before the level starts, where there is room.
  else if (crossedByRiser(lx, w, at.nextRiserX) && before >= frame.left) lx = before;
  lx = Math.max(frame.left, lx);
  const candidates = [at.level - 6, at.level + fontSize + 4, at.level - 6 - fontSize - 2];
  const free = (cy: number) =>
    cy - fontSize > frame.top - 8 &&
    cy < frame.baseline - 2 &&
    placed.every((p) => Math.abs(p.y - cy) > fontSize + 1 || lx > p.x + p.w + 4 || lx + w < p.x - 4);
  const ly = candidates.find(free) ?? candidates[0]!;
  placed.push({ x: lx, y: ly, w });
  return { x: lx, y: ly };
}

function crossedByRiser(lx: number, w: number, riserX: number | undefined): boolean {
  return riserX !== undefined && riserX > lx && riserX < lx + w + 2;
}

/**
 * Whether a label that starts at the level's start would be cut by the riser to the next level
 * and has no room to end before the start either.
 */
function riserLeavesNoRoom(
  text: string,
  at: { x: number; nextRiserX?: number },
  frame: Pick<LevelFrame, 'left' | 'fontSize'>,
): boolean {
  const w = textWidth(text, frame.fontSize, true);
  return crossedByRiser(at.x + 2, w, at.nextRiserX) && at.x - w - 6 < frame.left;
}

/**
 * Every series' levels, in the order written in the data, with their labels and hit areas. The
 * series is named on its first level's label, or, where that level is too short to hold the name
 * clear of the next riser (the tariff's weeks at 25% on a phone), on the next level's.
 */
export function levels(marks: ResolvedMark[], frame: LevelFrame): MarkGeometry[] {
  const placed: { x: number; y: number; w: number }[] = [];
  return seriesOf(marks).flatMap((series) => {
    let nameNext = false;
    return series.map((mark, i) => {
      const { shapes, endX } = levelShapes(mark, series[i + 1], frame);
      const startX = frame.x(startOf(mark).start);
      const level = round(frame.y(mark.value!));
      const next = series[i + 1];
      const nextRiserX = next ? frame.x(startOf(next).start) : undefined;
      let named = i === 0 || nameNext;
      nameNext =
        named && next !== undefined && riserLeavesNoRoom(levelLabel(mark, true), { x: startX, nextRiserX }, frame);
      if (nameNext) named = false;
      const text = levelLabel(mark, named);
      const at = placeLabel(text, { x: startX, level, nextRiserX }, frame, placed);
      shapes.push({ type: 'text', x: round(at.x), y: round(at.y), text, cls: `direct-label role-${mark.role}` });
      const hitFrom = round(startX);
      return {
        key: mark.key,
        role: mark.role,
        shapes,
        hit: {
          type: 'rect',
          x: hitFrom,
          y: round(level - 9),
          width: round(Math.max(round(endX) - hitFrom, 12)),
          height: 18,
          cls: 'hit',
        },
        ariaLabel: markAriaLabel(mark, LEVEL_ROLES[mark.role]!),
        info: markInfo(mark),
      } satisfies MarkGeometry;
    });
  });
}
