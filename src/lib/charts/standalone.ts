/** A chart as a downloadable SVG file (pure: a chart model and where it lives in, the file's text out). */
import type { ChartModel } from './model';
import { chartGeometry } from './geometry';
import { renderSvg, type FileLicence } from './svg';

/** Where the file's chart lives and under which licence: src/lib/site/chart-file.ts gives the site's. */
export interface ChartFileContext {
  /** The chart on the site: https://…/charts/#chart-<id> */
  chartUrl: string;
  licence: FileLicence;
}

/**
 * A chart as a file that travels without its page: title above, the source lines and a link back
 * below, its own light stylesheet. Served at /charts/<id>.svg (wide) and .narrow.svg, and shown
 * as an image on the home page (no inline SVG weight, no script). It carries its licence and
 * credit, visible and in RDF, and is laid out for DejaVu Sans so nothing runs past its edges.
 */
export function chartFileSvg(
  model: ChartModel,
  layout: 'narrow' | 'wide',
  context: ChartFileContext,
): { svg: string; width: number; height: number } {
  const lines = [
    ...new Map(
      [...model.marks.flatMap((m) => m.sources), ...model.events.flatMap((e) => e.sources)].map((s) => [
        `${s.seed}:${s.line}`,
        s,
      ]),
    ).values(),
  ]
    .sort(
      (a, b) => a.label.replace(/, line \d+$/, '').localeCompare(b.label.replace(/, line \d+$/, '')) || a.line - b.line,
    )
    .map((s) => s.label);
  const caption = [`Sources: ${lines.join('; ')}.`, `Chart and data with every quote: ${context.chartUrl}`];
  const svg = renderSvg(chartGeometry(model, layout), {
    idPrefix: `chart-${model.id}`,
    title: model.title,
    description: model.description,
    standalone: true,
    caption,
    licence: context.licence,
  });
  const size = /^<svg[^>]* width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg);
  if (!size) throw new Error(`chartFileSvg(${model.id}): the SVG has no width and height`);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width: Number(size[1]), height: Number(size[2]) };
}
