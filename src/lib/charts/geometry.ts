/**
 * Chart geometry: scales, ticks, paths and label positions, computed from a ChartModel for a
 * given width. No DOM — the same function feeds the build-time SVG, the SVG download and the
 * tests. Two widths are laid out (narrow for phones, wide otherwise) so text stays ≥ 12 px on
 * screen without shrinking a wide drawing onto a small screen.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import { max, min } from 'd3-array';
import { utcMonth, utcDay } from 'd3-time';
import type { ChartModel, ResolvedEvent, ResolvedMark, Span } from './model';
import { ROLES, type MarkRole } from '../provenance/chart-roles';

export type Shape =
  | { type: 'path'; d: string; cls: string }
  | { type: 'rect'; x: number; y: number; width: number; height: number; cls: string }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; cls: string }
  | { type: 'circle'; cx: number; cy: number; r: number; cls: string }
  | { type: 'text'; x: number; y: number; text: string; cls: string; anchor?: 'start' | 'middle' | 'end' };

/** What a tooltip shows for a mark; all strings come from the model. */
export interface MarkInfo {
  label: string;
  value: string;
  date: string;
  precision: string;
  note?: string;
  /** For a derived value: its formula and inputs. */
  derived?: string;
  sources: { label: string; href: string; quote: string }[];
}

export interface MarkGeometry {
  key: string;
  role: MarkRole | 'event';
  shapes: Shape[];
  /** A generous invisible target for pointer and touch. */
  hit: Shape;
  ariaLabel: string;
  info: MarkInfo;
}

export interface Geometry {
  chart: string;
  layout: 'narrow' | 'wide';
  width: number;
  height: number;
  fontSize: number;
  /** Axes, bands and rules drawn beneath the marks. */
  background: Shape[];
  marks: MarkGeometry[];
  /** Whether a hatch pattern is needed (derived values). */
  usesHatch: boolean;
}

export const LAYOUTS = {
  narrow: { width: 320, fontSize: 14 },
  wide: { width: 640, fontSize: 14 },
} as const;
export type LayoutName = keyof typeof LAYOUTS;

/** Rough text width for label placement, sized for DejaVu Sans (wider than most system faces): 0.6 em, 0.68 bold. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.68 : 0.6);
}

/**
 * Greedy word wrap to a pixel width, at `em` average character width. A word longer than the
 * line (a URL) is broken after a slash, or anywhere, so nothing runs past the edge.
 */
export function wrap(text: string, width: number, fontSize: number, em = 0.56): string[] {
  const fits = (t: string) => t.length * fontSize * em <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const next = current ? `${current} ${word}` : word;
    if (fits(next)) current = next;
    else {
      if (current) lines.push(current);
      current = word;
      while (!fits(current)) {
        const most = Math.max(1, Math.floor(width / (fontSize * em)));
        const slash = current.lastIndexOf('/', most - 1);
        const cut = slash > most / 2 ? slash + 1 : most;
        lines.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
  }
  if (current) lines.push(current);
  return lines;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** One link per seed line; several quotes from one line are joined. */
function linesOf(sources: ResolvedMark['sources']): MarkInfo['sources'] {
  const byLine = new Map<string, MarkInfo['sources'][number]>();
  for (const { label, href, quote } of sources) {
    const found = byLine.get(href);
    if (found) found.quote = `${found.quote} … ${quote}`;
    else byLine.set(href, { label, href, quote });
  }
  return [...byLine.values()];
}

function info(mark: ResolvedMark): MarkInfo {
  return {
    label: mark.label,
    value: mark.valueText,
    date: mark.dateText,
    precision: mark.precisionText,
    note: mark.note,
    derived: mark.derivedFrom,
    sources: linesOf(mark.sources),
  };
}

function ariaLabel(mark: ResolvedMark): string {
  return `${mark.label}${ROLES[mark.role].aria}: ${mark.valueText}${mark.claimText ? `, ${mark.claimText}` : ''}, ${mark.dateText} (${mark.precisionText}). Source: ${linesOf(mark.sources).map((s) => s.label).join('; ')}.`;
}

function eventMark(event: ResolvedEvent, index: number): Omit<MarkGeometry, 'shapes' | 'hit'> {
  return {
    key: `event-${event.id}`,
    role: 'event',
    ariaLabel: `Event ${index + 1}: ${event.title}, ${event.span.text}. Source: ${event.sources.map((s) => s.label).join('; ')}.`,
    info: {
      label: `${index + 1}. ${event.title}`,
      value: 'event',
      date: event.span.text,
      precision: { day: 'to the day', month: 'to the month', year: 'to the year', range: 'a span of dates' }[event.span.precision],
      sources: linesOf(event.sources),
    },
  };
}

/**
 * Roles kept out of the plot area: a disputed claim (e.g. the content-farm source's date) is
 * listed in the table with its note and its link to the disagreement, never drawn as a line that
 * competes with the figures the sources agree on.
 */
const OFF_PLOT_ROLES: ReadonlySet<MarkRole> = new Set(['disputed']);
export const drawnInPlot = (role: MarkRole): boolean => !OFF_PLOT_ROLES.has(role);

const DAY = 86_400_000;
const isWide = (span: Span) => span.end.getTime() - span.start.getTime() > DAY * 1.5;

/** Step chart over time: one stepped line per series, events as rules (day) or bands (month). */
export function timelineGeometry(model: ChartModel, layout: LayoutName): Geometry {
  const { width, fontSize } = LAYOUTS[layout];
  const height = layout === 'narrow' ? 300 : 320;
  const margin = { top: 40, right: 8, bottom: 30, left: 8 };
  const figureMarks = model.marks.filter((m) => m.kind === 'figure' && m.span && m.value !== undefined && drawnInPlot(m.role));
  const spans = [...figureMarks.flatMap((m) => [m.span!, m.fromSpan, m.untilSpan]), ...model.events.map((e) => e.span)].filter(Boolean) as Span[];
  const domainStart = utcMonth.floor(min(spans, (s) => s.start)!);
  // A month past the last date, so a level that holds to the end (an announcement) is long enough to see.
  const domainEnd = utcMonth.offset(utcMonth.ceil(max(spans, (s) => s.end)!), 1);
  const x = scaleUtc().domain([domainStart, domainEnd]).range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain([0, (max(figureMarks, (m) => m.value!) ?? 1) * 1.2])
    .range([height - margin.bottom, margin.top]);
  const baseline = y(0);
  const background: Shape[] = [];

  // Time axis: every third month (sixth on narrow screens), the year written on January.
  const every = layout === 'narrow' ? 6 : 3;
  for (const tick of utcMonth.every(every)!.range(domainStart, utcDay.offset(domainEnd, 1))) {
    const tx = round(x(tick));
    const month = tick.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
    const label = tick.getUTCMonth() === 0 ? `${month} ${tick.getUTCFullYear()}` : month;
    background.push({ type: 'line', x1: tx, y1: baseline, x2: tx, y2: baseline + 5, cls: 'axis' });
    const anchor = tx - margin.left < 30 ? 'start' : width - margin.right - tx < 30 ? 'end' : 'middle';
    background.push({ type: 'text', x: tx, y: baseline + 5 + fontSize, text: label, cls: 'tick', anchor });
  }
  background.push({ type: 'line', x1: margin.left, y1: round(baseline), x2: width - margin.right, y2: round(baseline), cls: 'axis' });

  // Events: a day is a rule; a month or year is a band across the whole span.
  const marks: MarkGeometry[] = [];
  const badgeY = 16;
  const badgeR = 10;
  const badgeXs: number[] = [];
  model.events.forEach((event, index) => {
    const x0 = x(event.span.start);
    const x1 = x(event.span.end);
    const shapes: Shape[] = [];
    if (isWide(event.span)) shapes.push({ type: 'rect', x: round(x0), y: margin.top - 8, width: round(Math.max(x1 - x0, 1)), height: round(baseline - margin.top + 8), cls: 'event-band' });
    else shapes.push({ type: 'line', x1: round(x0), y1: margin.top - 8, x2: round(x0), y2: round(baseline), cls: 'event-rule' });
    // Badges must not overlap: push each one right of the previous.
    let bx = isWide(event.span) ? (x0 + x1) / 2 : x0;
    const previous = badgeXs.at(-1);
    if (previous !== undefined && bx < previous + badgeR * 2 + 2) bx = previous + badgeR * 2 + 2;
    bx = Math.min(bx, width - margin.right - badgeR);
    badgeXs.push(bx);
    shapes.push({ type: 'line', x1: round(bx), y1: badgeY + badgeR, x2: round(isWide(event.span) ? (x0 + x1) / 2 : x0), y2: margin.top - 8, cls: 'event-leader' });
    shapes.push({ type: 'circle', cx: round(bx), cy: badgeY, r: badgeR, cls: 'event-badge' });
    shapes.push({ type: 'text', x: round(bx), y: badgeY + fontSize * 0.35, text: String(index + 1), cls: 'event-number', anchor: 'middle' });
    marks.push({ ...eventMark(event, index), shapes, hit: { type: 'rect', x: round(bx - badgeR - 2), y: badgeY - badgeR - 2, width: badgeR * 2 + 4, height: badgeR * 2 + 4, cls: 'hit' } });
  });

  const series = new Map<string, ResolvedMark[]>();
  for (const mark of figureMarks) series.set(mark.series ?? mark.key, [...(series.get(mark.series ?? mark.key) ?? []), mark]);
  const path = d3line<[number, number]>();
  const placedLabels: { x: number; y: number; w: number }[] = [];

  for (const levels of series.values()) {
    levels.sort((a, b) => (a.fromSpan ?? a.span!).start.getTime() - (b.fromSpan ?? b.span!).start.getTime());
    levels.forEach((mark, i) => {
      const start = mark.fromSpan ?? mark.span!;
      const next = levels[i + 1];
      const nextStart = next ? (next.fromSpan ?? next.span!) : undefined;
      // A level with no successor holds to the chart's end — unless it is a comparison drawn
      // only across its own (imprecise) date, where holding beyond it is not in the sources.
      const endSpan = mark.untilSpan ?? nextStart;
      const endTime = endSpan ? endSpan.start : mark.role === 'reference' || mark.role === 'context' ? start.end : domainEnd;
      const level = round(y(mark.value!));
      const segment = (from: Date, to: Date) => path([[round(x(from)), level], [round(x(to)), level]]) ?? '';
      const shapes: Shape[] = [];
      const roleClass = `role-${mark.role}`;
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
      if (solidFrom.getTime() < endTime.getTime()) shapes.push({ type: 'path', d: segment(solidFrom, endTime), cls: `level ${roleClass}` });
      // One connected line per series: a riser joins this level to the next where the next begins.
      if (next && !mark.untilSpan && nextStart) {
        const rx = round(x(nextStart.start));
        shapes.push({ type: 'line', x1: rx, y1: level, x2: rx, y2: round(y(next.value!)), cls: `riser role-${next.role}` });
      }
      // Imprecise end: the level may have held anywhere up to the end of the span.
      if (endSpan && isWide(endSpan)) shapes.push({ type: 'path', d: segment(endSpan.start, endSpan.end), cls: `level uncertain ${roleClass}` });

      // Direct label: above the line where it is long enough, else below; kept inside the chart.
      const text =
        mark.role === 'disputed'
          ? `${mark.label} (disputed)`
          : mark.role === 'announced'
            ? // Short, like "(derived)" on bars: who announced it is in the aria label, tooltip, table and key.
              `${mark.valueText} (announced)`
            : `${i === 0 || mark.role !== 'data' ? `${mark.label} ` : ''}${mark.valueText}`;
      const w = textWidth(text, fontSize, true);
      const segmentStart = x(start.start);
      const segmentEnd = x(endSpan && isWide(endSpan) ? endSpan.end : endTime);
      // Start the label where the level starts; pull it left if it would run off the chart.
      let lx = segmentStart + 2;
      if (lx + w > width - margin.right) lx = width - margin.right - w;
      lx = Math.max(margin.left, lx);
      const candidates = [level - 6, level + fontSize + 4, level - 6 - fontSize - 2];
      const free = (cy: number) => cy - fontSize > margin.top - 8 && cy < baseline - 2 && placedLabels.every((p) => Math.abs(p.y - cy) > fontSize + 1 || lx > p.x + p.w + 4 || lx + w < p.x - 4);
      const ly = candidates.find(free) ?? candidates[0]!;
      placedLabels.push({ x: lx, y: ly, w });
      shapes.push({ type: 'text', x: round(lx), y: round(ly), text, cls: `direct-label ${roleClass}` });
      const hitFrom = round(x(start.start));
      const hitTo = round(segmentEnd);
      marks.push({
        key: mark.key,
        role: mark.role,
        shapes,
        hit: { type: 'rect', x: hitFrom, y: round(level - 9), width: round(Math.max(hitTo - hitFrom, 12)), height: 18, cls: 'hit' },
        ariaLabel: ariaLabel(mark),
        info: info(mark),
      });
    });
  }
  // Labels first in reading order is irrelevant to the drawing, but focus order should follow
  // the data: events in date order, then the series as written in the data.
  return { chart: model.id, layout, width, height, fontSize, background, marks, usesHatch: false };
}

/** One row per mark: bars for figures, words for qualitative notes, a marker for commitments. */
export function barsGeometry(model: ChartModel, layout: LayoutName): Geometry {
  const { width, fontSize } = LAYOUTS[layout];
  const margin = { top: 8, right: 8, bottom: 8, left: 8 };
  const openEnd = 28; // room for the arrow of an "over" bound
  const values = model.marks.flatMap((m) => (m.value !== undefined ? [m.value] : []));
  const x = scaleLinear()
    .domain([0, max(values) ?? 1])
    .range([margin.left, width - margin.right - openEnd]);
  const barHeight = 20;
  const lineHeight = fontSize * 1.35;
  const background: Shape[] = [];
  const marks: MarkGeometry[] = [];
  let y = margin.top;
  let usesHatch = false;
  for (const mark of model.marks) {
    const shapes: Shape[] = [];
    const top = y;
    y += fontSize;
    shapes.push({ type: 'text', x: margin.left, y: round(y), text: `${mark.label} · ${mark.dateText}`, cls: 'row-label' });
    y += 6;
    const roleClass = `role-${mark.role}`;
    if (mark.kind === 'figure' && mark.value !== undefined) {
      const x0 = x(0);
      const x1 = x(mark.value);
      if (mark.role === 'derived') usesHatch = true;
      shapes.push({ type: 'rect', x: round(x0), y: round(y), width: round(Math.max(x1 - x0, 1)), height: barHeight, cls: `bar ${roleClass}` });
      let end = x1;
      if (mark.bound === 'over') {
        // "over": the bar stops at the stated floor and an arrow says the true value is beyond.
        shapes.push({ type: 'path', d: `M${round(x1)},${round(y + barHeight / 2)}H${round(x1 + openEnd - 8)}`, cls: `open-end ${roleClass}` });
        shapes.push({ type: 'path', d: `M${round(x1 + openEnd - 12)},${round(y + barHeight / 2 - 5)}L${round(x1 + openEnd - 6)},${round(y + barHeight / 2)}L${round(x1 + openEnd - 12)},${round(y + barHeight / 2 + 5)}`, cls: `open-end ${roleClass}` });
        end = x1 + openEnd - 4;
      } else if (mark.bound === 'nearly' || mark.bound === 'less-than') {
        // "nearly" / "less than": a notch at the end says the true value is just below it.
        shapes.push({ type: 'path', d: `M${round(x1 + 7)},${round(y - 3)}L${round(x1 + 1)},${round(y + barHeight / 2)}L${round(x1 + 7)},${round(y + barHeight + 3)}`, cls: `notch ${roleClass}` });
        end = x1 + 8;
      } else if (mark.bound === 'about') {
        shapes.push({ type: 'line', x1: round(x1), y1: round(y - 3), x2: round(x1), y2: round(y + barHeight + 3), cls: `fuzzy-end ${roleClass}` });
      }
      const valueText = mark.role === 'derived' ? `${mark.valueText} (derived)` : mark.role === 'target' ? `${mark.valueText} (target)` : mark.valueText;
      const w = textWidth(valueText, fontSize, true);
      if (end + 6 + w <= width - margin.right) {
        shapes.push({ type: 'text', x: round(end + 6), y: round(y + barHeight / 2 + fontSize * 0.35), text: valueText, cls: `value-label ${roleClass}` });
        y += barHeight;
      } else {
        y += barHeight + fontSize + 4;
        shapes.push({ type: 'text', x: margin.left, y: round(y), text: valueText, cls: `value-label ${roleClass}` });
      }
    } else {
      if (mark.role === 'commitment' && mark.value !== undefined) {
        const cx = x(mark.value);
        const cy = y + barHeight / 2;
        shapes.push({ type: 'path', d: `M${round(cx + 1)},${round(cy - 8)}L${round(cx + 9)},${round(cy)}L${round(cx + 1)},${round(cy + 8)}L${round(cx - 7)},${round(cy)}Z`, cls: `commitment-marker ${roleClass}` });
        shapes.push({ type: 'text', x: round(cx + 16), y: round(cy + fontSize * 0.35), text: `Commitment: ${mark.valueText.replace(' (a commitment)', '')}`, cls: `value-label ${roleClass}` });
        y += barHeight + 6;
      }
      const lines = wrap(mark.note ?? '', width - margin.left - margin.right - 12, fontSize);
      const textTop = y;
      for (const text of lines) {
        y += lineHeight;
        shapes.push({ type: 'text', x: margin.left + 12, y: round(y - 4), text, cls: `words ${roleClass}` });
      }
      // A rule beside the words marks them as words, not a measurement.
      shapes.push({ type: 'line', x1: margin.left + 3, y1: round(textTop + 2), x2: margin.left + 3, y2: round(y), cls: `words-rule ${roleClass}` });
    }
    y += 16;
    marks.push({
      key: mark.key,
      role: mark.role,
      shapes,
      hit: { type: 'rect', x: 0, y: round(top), width, height: round(y - top - 6), cls: 'hit' },
      ariaLabel: ariaLabel(mark),
      info: info(mark),
    });
  }
  return { chart: model.id, layout, width, height: Math.ceil(y + margin.bottom - 10), fontSize, background, marks, usesHatch };
}

export function chartGeometry(model: ChartModel, layout: LayoutName): Geometry {
  return model.kind === 'timeline' ? timelineGeometry(model, layout) : barsGeometry(model, layout);
}
