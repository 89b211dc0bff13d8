/**
 * Chart geometry: scales, ticks, paths and label positions, computed from a ChartModel for a
 * given width. No DOM — the same function feeds the build-time SVG, the SVG download and the
 * tests. Two widths are laid out (narrow for phones, wide otherwise) so text stays ≥ 12 px on
 * screen without shrinking a wide drawing onto a small screen.
 */
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { max, min } from 'd3-array';
import { utcMonth, utcDay } from 'd3-time';
import type { ChartModel, ResolvedMark, Span } from './model';
import { OPEN_END, barShapes } from './marks/bar';
import { commitmentShapes } from './marks/commitment';
import { eventBadges } from './marks/event';
import { drawnInPlot, levels } from './marks/level';
import { wordsShapes } from './marks/note';
import { markAriaLabel, markInfo, round } from './marks/shared';
import { wrap } from './text';
import { ROLE_TEXT } from './marks/index';

import type { Geometry, MarkGeometry, Shape } from './shapes';
export type { Geometry, MarkGeometry, MarkInfo, Shape } from './shapes';
export { textWidth, wrap } from './text';

export const LAYOUTS = {
  narrow: { width: 320, fontSize: 14 },
  wide: { width: 640, fontSize: 14 },
} as const;
export type LayoutName = keyof typeof LAYOUTS;

/** Step chart over time: the scales, the time axis, event badges, then each series' levels with their labels. */
export function timelineGeometry(model: ChartModel, layout: LayoutName): Geometry {
  const { width, fontSize } = LAYOUTS[layout];
  const height = layout === 'narrow' ? 300 : 320;
  const margin = { top: 40, right: 8, bottom: 30, left: 8 };
  const drawn = model.marks.filter(
    (m) => m.kind === 'figure' && m.span && m.value !== undefined && drawnInPlot(m.role),
  );
  const scales = timeScales(model, drawn, { width, height, margin });
  const frame = { ...scales, top: margin.top, left: margin.left, right: width - margin.right, fontSize };
  return {
    chart: model.id,
    layout,
    width,
    height,
    fontSize,
    background: timeAxis(scales, {
      every: layout === 'narrow' ? 6 : 3,
      left: margin.left,
      right: width - margin.right,
      fontSize,
    }),
    // Focus order follows the data: events in date order, then the series as written in the data.
    marks: [...eventBadges(model.events, scales.x, frame), ...levels(drawn, frame)],
    usesHatch: false,
  };
}

interface TimeScales {
  x: ScaleTime<number, number>;
  y: ScaleLinear<number, number>;
  domainStart: Date;
  domainEnd: Date;
  baseline: number;
}

/** Scales: time from the first month any mark or event touches to a month past the last; values from zero. */
function timeScales(
  model: ChartModel,
  drawn: ResolvedMark[],
  box: { width: number; height: number; margin: { top: number; right: number; bottom: number; left: number } },
): TimeScales {
  const { width, height, margin } = box;
  const spans = [...drawn.flatMap((m) => [m.span, m.fromSpan, m.untilSpan]), ...model.events.map((e) => e.span)].filter(
    (s): s is Span => s !== undefined,
  );
  const domainStart = utcMonth.floor(min(spans, (s) => s.start)!);
  // A month past the last date, so a level that holds to the end (an announcement) is long enough to see.
  const domainEnd = utcMonth.offset(utcMonth.ceil(max(spans, (s) => s.end)!), 1);
  const x = scaleUtc()
    .domain([domainStart, domainEnd])
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain([0, (max(drawn, (m) => m.value!) ?? 1) * 1.2])
    .range([height - margin.bottom, margin.top]);
  return { x, y, domainStart, domainEnd, baseline: y(0) };
}

/** The time axis: a tick every few months (fewer on narrow screens), the year written on January. */
function timeAxis(
  scales: TimeScales,
  options: { every: number; left: number; right: number; fontSize: number },
): Shape[] {
  const { x, domainStart, domainEnd, baseline } = scales;
  const shapes: Shape[] = [];
  for (const tick of utcMonth.every(options.every)!.range(domainStart, utcDay.offset(domainEnd, 1))) {
    const tx = round(x(tick));
    const month = tick.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
    const label = tick.getUTCMonth() === 0 ? `${month} ${tick.getUTCFullYear()}` : month;
    shapes.push({ type: 'line', x1: tx, y1: baseline, x2: tx, y2: baseline + 5, cls: 'axis' });
    const anchor = tx - options.left < 30 ? 'start' : options.right - tx < 30 ? 'end' : 'middle';
    shapes.push({ type: 'text', x: tx, y: baseline + 5 + options.fontSize, text: label, cls: 'tick', anchor });
  }
  shapes.push({
    type: 'line',
    x1: options.left,
    y1: round(baseline),
    x2: options.right,
    y2: round(baseline),
    cls: 'axis',
  });
  return shapes;
}

/** One row per mark: bars for figures, words for qualitative notes, a marker for commitments. */
export function barsGeometry(model: ChartModel, layout: LayoutName): Geometry {
  const { width, fontSize } = LAYOUTS[layout];
  const margin = { top: 8, right: 8, bottom: 8, left: 8 };
  const values = model.marks.flatMap((m) => (m.value !== undefined ? [m.value] : []));
  const x = scaleLinear()
    .domain([0, max(values) ?? 1])
    .range([margin.left, width - margin.right - OPEN_END]);
  const frame = { left: margin.left, right: width - margin.right, width: width - margin.left - margin.right, fontSize };
  const marks: MarkGeometry[] = [];
  let y = margin.top;
  for (const mark of model.marks) {
    const top = y;
    // The row's label and date, wrapped when they do not fit on one line (a phone's 320 px).
    const shapes: Shape[] = wrap(`${mark.label} · ${mark.dateText}`, frame.width, fontSize).map((text, i) => {
      y += i === 0 ? fontSize : fontSize + 3;
      return { type: 'text', x: margin.left, y: round(y), text, cls: 'row-label' };
    });
    y += 6;
    const parts: { shapes: Shape[]; bottom: number }[] = [];
    if (mark.kind === 'figure' && mark.value !== undefined) parts.push(barShapes(mark, x, y, frame));
    else {
      if (mark.role === 'commitment' && mark.value !== undefined) parts.push(commitmentShapes(mark, x, y, fontSize));
      parts.push(wordsShapes(mark, parts.at(-1)?.bottom ?? y, frame));
    }
    for (const part of parts) {
      shapes.push(...part.shapes);
      y = part.bottom;
    }
    y += 16;
    marks.push({
      key: mark.key,
      role: mark.role,
      shapes,
      hit: { type: 'rect', x: 0, y: round(top), width, height: round(y - top - 6), cls: 'hit' },
      ariaLabel: markAriaLabel(mark, ROLE_TEXT[mark.role]),
      info: markInfo(mark),
    });
  }
  const usesHatch = model.marks.some((m) => m.kind === 'figure' && m.role === 'derived');
  return {
    chart: model.id,
    layout,
    width,
    height: Math.ceil(y + margin.bottom - 10),
    fontSize,
    background: [],
    marks,
    usesHatch,
  };
}

export function chartGeometry(model: ChartModel, layout: LayoutName): Geometry {
  return model.kind === 'timeline' ? timelineGeometry(model, layout) : barsGeometry(model, layout);
}
