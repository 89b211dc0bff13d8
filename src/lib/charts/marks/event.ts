/**
 * Event marks on a timeline: a day is a rule, a month or longer a shaded band, each with a
 * numbered badge above the plot that matches the list of events under the chart.
 */
import type { ScaleTime } from 'd3-scale';
import type { MarkGeometry, Shape } from '../shapes';
import type { ResolvedEvent } from '../model';
import { PRECISION_LABEL } from '../../provenance/format';
import { linesOf, round } from './shared';
import { KEY_MID, KEY_SAMPLE_SIZE, type KeyEntry } from './types';

const DAY = 86_400_000;
/** A span longer than a day is drawn across its width; a day is a point. */
export const isWide = (span: { start: Date; end: Date }) => span.end.getTime() - span.start.getTime() > DAY * 1.5;

export const EVENT_BADGE = { y: 16, r: 10 } as const;

export const EVENT_KEY: KeyEntry[] = [
  {
    name: 'event',
    applies: (m) => m.kind === 'timeline' && m.events.length > 0,
    sample: [{ type: 'circle', cx: KEY_SAMPLE_SIZE.width / 2, cy: KEY_MID, r: 6, cls: 'event-badge' }],
    drawn: 'numbered circle',
    text: 'numbered event, listed under the chart',
  },
];

export function eventAriaLabel(event: ResolvedEvent, index: number): string {
  return `Event ${index + 1}: ${event.title}, ${event.span.text}. Source: ${event.sources.map((s) => s.label).join('; ')}.`;
}

/** Badges, rules and bands for the chart's events; badges pushed right so none overlap. */
export function eventBadges(
  events: ResolvedEvent[],
  x: ScaleTime<number, number>,
  frame: { top: number; baseline: number; right: number; fontSize: number },
): MarkGeometry[] {
  const { y: badgeY, r: badgeR } = EVENT_BADGE;
  const badgeXs: number[] = [];
  return events.map((event, index) => {
    const x0 = x(event.span.start);
    const x1 = x(event.span.end);
    const wide = isWide(event.span);
    const shapes: Shape[] = [];
    if (wide)
      shapes.push({
        type: 'rect',
        x: round(x0),
        y: frame.top - 8,
        width: round(Math.max(x1 - x0, 1)),
        height: round(frame.baseline - frame.top + 8),
        cls: 'event-band',
      });
    else
      shapes.push({
        type: 'line',
        x1: round(x0),
        y1: frame.top - 8,
        x2: round(x0),
        y2: round(frame.baseline),
        cls: 'event-rule',
      });
    const anchorX = wide ? (x0 + x1) / 2 : x0;
    let bx = anchorX;
    const previous = badgeXs.at(-1);
    if (previous !== undefined && bx < previous + badgeR * 2 + 2) bx = previous + badgeR * 2 + 2;
    // Inside the drawing, its outline and hit area included: an event on the chart's first day sits at the left edge.
    bx = Math.max(Math.min(bx, frame.right - badgeR), badgeR + 2);
    badgeXs.push(bx);
    shapes.push({
      type: 'line',
      x1: round(bx),
      y1: badgeY + badgeR,
      x2: round(anchorX),
      y2: frame.top - 8,
      cls: 'event-leader',
    });
    shapes.push({ type: 'circle', cx: round(bx), cy: badgeY, r: badgeR, cls: 'event-badge' });
    shapes.push({
      type: 'text',
      x: round(bx),
      y: badgeY + frame.fontSize * 0.35,
      text: String(index + 1),
      cls: 'event-number',
      anchor: 'middle',
    });
    const hitSize = badgeR * 2 + 4;
    return {
      key: `event-${event.id}`,
      role: 'event',
      shapes,
      hit: {
        type: 'rect',
        x: round(bx - badgeR - 2),
        y: badgeY - badgeR - 2,
        width: hitSize,
        height: hitSize,
        cls: 'hit',
      },
      ariaLabel: eventAriaLabel(event, index),
      info: {
        label: `${index + 1}. ${event.title}`,
        value: 'event',
        date: event.span.text,
        precision: PRECISION_LABEL[event.span.precision],
        sources: linesOf(event.sources),
      },
    };
  });
}
