/** The shapes a chart is drawn with, and what geometry hands the renderer: no DOM, no d3. */
import type { MarkRole } from '../provenance/chart-roles';

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
