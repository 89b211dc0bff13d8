/**
 * Bar marks: a figure as a bar from zero. A derived value is hatched, a target outlined; the
 * source's hedge is drawn at the bar's end ("over" an open arrow, "nearly" or "less than" a notch,
 * "about" a rule).
 */
import type { ScaleLinear } from 'd3-scale';
import type { Shape } from '../shapes';
import { textWidth } from '../text';
import type { ResolvedMark } from '../model';
import { round } from './shared';
import { KEY_MID, KEY_SAMPLE_SIZE, type KeyEntry, type RoleTexts } from './types';

export const BAR_ROLES: RoleTexts = {
  derived: { aria: ' (derived, not stated by a source)', kind: 'derived', suffix: ' (derived)' },
  target: { aria: ' (a target, not data)', kind: 'target', suffix: ' (target)' },
  context: { aria: ' (for context)', kind: 'context', suffix: '' },
};

/** Room at a bar's end for the arrow of an "over" bound. */
export const OPEN_END = 28;
export const BAR_HEIGHT = 20;

const W = KEY_SAMPLE_SIZE.width;
const box = (cls: string): Shape => ({ type: 'rect', x: 2, y: 2, width: W - 4, height: 10, cls });
const bars = (m: { kind: string }) => m.kind === 'bars';
export const BAR_KEY: KeyEntry[] = [
  {
    name: 'stated',
    applies: (m) => bars(m) && m.marks.some((k) => k.role === 'data'),
    sample: [box('bar role-data')],
    drawn: 'solid bar',
    text: 'a figure a source states',
  },
  {
    name: 'derived',
    applies: (m) => m.marks.some((k) => k.role === 'derived'),
    sample: [box('bar role-derived')],
    drawn: 'hatched bar',
    text: "the site's own calculation, not stated by a source",
  },
  {
    name: 'target',
    applies: (m) => m.marks.some((k) => k.role === 'target'),
    sample: [box('bar role-target')],
    drawn: 'dashed outline',
    text: 'a target, not a measurement',
  },
  {
    name: 'over',
    applies: (m) => bars(m) && m.marks.some((k) => k.bound === 'over'),
    sample: [
      { type: 'path', d: `M2,${KEY_MID}H${W - 4}`, cls: 'open-end role-context' },
      { type: 'path', d: `M${W - 10},2L${W - 4},${KEY_MID}L${W - 10},12`, cls: 'open-end role-context' },
    ],
    drawn: 'arrow at the end of a bar',
    text: 'the source says “over”',
  },
  {
    name: 'nearly',
    applies: (m) =>
      bars(m) && m.marks.some((k) => k.kind === 'figure' && (k.bound === 'nearly' || k.bound === 'less-than')),
    sample: [
      box('bar role-data'),
      { type: 'path', d: `M${W - 1},0L${W - 6},${KEY_MID}L${W - 1},14`, cls: 'notch role-data' },
    ],
    drawn: 'notch at the end of a bar',
    text: 'the source says “nearly” or “less than”',
  },
];

/** A figure's bar, its hedge at the end, and its value label (beside the bar, or under it if there is no room). */
export function barShapes(
  mark: ResolvedMark,
  x: ScaleLinear<number, number>,
  top: number,
  frame: { left: number; right: number; fontSize: number },
): { shapes: Shape[]; bottom: number } {
  const { fontSize } = frame;
  const roleClass = `role-${mark.role}`;
  const y = top;
  const x0 = x(0);
  const x1 = x(mark.value!);
  const mid = y + BAR_HEIGHT / 2;
  const shapes: Shape[] = [
    {
      type: 'rect',
      x: round(x0),
      y: round(y),
      width: round(Math.max(x1 - x0, 1)),
      height: BAR_HEIGHT,
      cls: `bar ${roleClass}`,
    },
  ];
  let end = x1;
  if (mark.bound === 'over') {
    // "over": the bar stops at the stated floor and an arrow says the true value is beyond.
    shapes.push({
      type: 'path',
      d: `M${round(x1)},${round(mid)}H${round(x1 + OPEN_END - 8)}`,
      cls: `open-end ${roleClass}`,
    });
    shapes.push({
      type: 'path',
      d: `M${round(x1 + OPEN_END - 12)},${round(mid - 5)}L${round(x1 + OPEN_END - 6)},${round(mid)}L${round(x1 + OPEN_END - 12)},${round(mid + 5)}`,
      cls: `open-end ${roleClass}`,
    });
    end = x1 + OPEN_END - 4;
  } else if (mark.bound === 'nearly' || mark.bound === 'less-than') {
    // "nearly" / "less than": a notch at the end says the true value is just below it.
    shapes.push({
      type: 'path',
      d: `M${round(x1 + 7)},${round(y - 3)}L${round(x1 + 1)},${round(mid)}L${round(x1 + 7)},${round(y + BAR_HEIGHT + 3)}`,
      cls: `notch ${roleClass}`,
    });
    end = x1 + 8;
  } else if (mark.bound === 'about') {
    shapes.push({
      type: 'line',
      x1: round(x1),
      y1: round(y - 3),
      x2: round(x1),
      y2: round(y + BAR_HEIGHT + 3),
      cls: `fuzzy-end ${roleClass}`,
    });
  }
  const valueText = `${mark.valueText}${BAR_ROLES[mark.role]?.suffix ?? ''}`;
  const w = textWidth(valueText, fontSize, true);
  if (end + 6 + w <= frame.right) {
    shapes.push({
      type: 'text',
      x: round(end + 6),
      y: round(mid + fontSize * 0.35),
      text: valueText,
      cls: `value-label ${roleClass}`,
    });
    return { shapes, bottom: y + BAR_HEIGHT };
  }
  const bottom = y + BAR_HEIGHT + fontSize + 4;
  shapes.push({ type: 'text', x: frame.left, y: round(bottom), text: valueText, cls: `value-label ${roleClass}` });
  return { shapes, bottom };
}
