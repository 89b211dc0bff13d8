/** Note marks: what the sources say only in words, set in italics beside a rule, so nothing is drawn as a measurement. */
import type { Shape } from '../shapes';
import { wrap } from '../text';
import type { ResolvedMark } from '../model';
import { round } from './shared';
import { type KeyEntry, type RoleTexts } from './types';

export const NOTE_ROLES_TEXT: RoleTexts = {
  qualitative: { aria: ' (described in words only)', kind: 'words only', suffix: '' },
};

export const NOTE_KEY: KeyEntry[] = [
  {
    name: 'words',
    applies: (m) => m.marks.some((k) => k.role === 'qualitative'),
    sample: [{ type: 'line', x1: 4, y1: 1, x2: 4, y2: 13, cls: 'words-rule' }],
    drawn: 'words beside a thin rule',
    text: 'described only in words; nothing is drawn',
  },
];

/** The words, wrapped to the width, with the rule beside them. */
export function wordsShapes(
  mark: ResolvedMark,
  top: number,
  frame: { left: number; width: number; fontSize: number },
): { shapes: Shape[]; bottom: number } {
  const lineHeight = frame.fontSize * 1.35;
  const shapes: Shape[] = [];
  let y = top;
  for (const text of wrap(mark.note ?? '', frame.width - 12, frame.fontSize)) {
    y += lineHeight;
    shapes.push({ type: 'text', x: frame.left + 12, y: round(y - 4), text, cls: `words role-${mark.role}` });
  }
  shapes.push({
    type: 'line',
    x1: frame.left + 3,
    y1: round(top + 2),
    x2: frame.left + 3,
    y2: round(y),
    cls: `words-rule role-${mark.role}`,
  });
  return { shapes, bottom: y };
}
