/**
 * A chart's model from the site's content collections (build time only). The component and the
 * download endpoints all come through here.
 */
import { allEvents, allFigures, allSources, getChart } from './data';
import { absoluteUrl, chartEmbedHref, chartHref, sourceLineHref } from '../site/urls';
import { buildChartModel, type ChartModel } from '../charts/model';
import { chartGeometry } from '../charts/geometry';
import { renderSvg } from '../charts/svg';
import { EMBED_SNIPPET_HEIGHT } from '../site/embed';

export async function getChartModel(id: string): Promise<ChartModel> {
  const [chart, figures, events, sources] = await Promise.all([getChart(id), allFigures(), allEvents(), allSources()]);
  return buildChartModel(chart, { figures, events, sources, lineHref: sourceLineHref });
}

/** The <iframe> snippet a reader copies to embed a chart (its height: EMBED_SNIPPET_HEIGHT in lib/site/embed.ts). */
export function chartEmbedSnippet(id: string, title: string): string {
  const src = absoluteUrl(chartEmbedHref(id));
  const attributes = `title="${title.replace(/"/g, '&quot;')}" width="100%" height="${EMBED_SNIPPET_HEIGHT}"`;
  return `<iframe src="${src}" ${attributes} loading="lazy"></iframe>`;
}

/**
 * A chart as a file that travels without its page: title above, the source lines and a link back
 * below, its own light stylesheet. Served at /charts/<id>.svg (wide) and .narrow.svg, and shown
 * as an image on the home page (no inline SVG weight, no script).
 */
export function standaloneChartSvg(
  model: ChartModel,
  layout: 'narrow' | 'wide',
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
  const caption = [
    `Sources: ${lines.join('; ')}.`,
    `Chart and data with every quote: ${absoluteUrl(chartHref(model.id))}`,
  ];
  const svg = renderSvg(chartGeometry(model, layout), {
    idPrefix: `chart-${model.id}`,
    title: model.title,
    description: model.description,
    standalone: true,
    caption,
  });
  const size = /^<svg[^>]* width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg);
  if (!size) throw new Error(`standaloneChartSvg(${model.id}): the SVG has no width and height`);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width: Number(size[1]), height: Number(size[2]) };
}
