/** Commitment marks: a level one party promised ("to zero"), drawn as an outlined diamond at that level, not a bar. */
import type { ScaleLinear } from 'd3-scale';
import type { Shape } from '../shapes';
import type { ResolvedMark } from '../model';
import { BAR_HEIGHT } from './bar';
import { round } from './shared';
import { KEY_MID, KEY_SAMPLE_SIZE, type KeyEntry, type RoleTexts } from './types';

export const COMMITMENT_ROLES: RoleTexts = {
  commitment: { aria: ' (an announced level, not data)', kind: 'announced level', suffix: '' },
};

const diamond = (cx: number, cy: number, r: number) =>
  `M${round(cx + 1)},${round(cy - r)}L${round(cx + r + 1)},${round(cy)}L${round(cx + 1)},${round(cy + r)}L${round(cx - r + 1)},${round(cy)}Z`;

export const COMMITMENT_KEY: KeyEntry[] = [
  {
    name: 'commitment',
    applies: (m) => m.marks.some((k) => k.role === 'commitment' && k.value !== undefined),
    sample: [
      { type: 'path', d: diamond(KEY_SAMPLE_SIZE.width / 2, KEY_MID, 6), cls: 'commitment-marker role-commitment' },
    ],
    drawn: 'hollow diamond',
    text: 'a level announced, not a measurement',
  },
];

export function commitmentShapes(
  mark: ResolvedMark,
  x: ScaleLinear<number, number>,
  top: number,
  fontSize: number,
): { shapes: Shape[]; bottom: number } {
  const cx = x(mark.value!);
  const cy = top + BAR_HEIGHT / 2;
  const words = mark.valueText.replace(' (announced)', '');
  return {
    shapes: [
      { type: 'path', d: diamond(cx, cy, 8), cls: `commitment-marker role-${mark.role}` },
      {
        type: 'text',
        x: round(cx + 16),
        y: round(cy + fontSize * 0.35),
        text: `Announced: ${words}`,
        cls: `value-label role-${mark.role}`,
      },
    ],
    bottom: top + BAR_HEIGHT + 6,
  };
}
