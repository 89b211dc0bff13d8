/**
 * A chart's model from the site's content collections (build time only). The component and the
 * download endpoints all come through here.
 */
import { allEvents, allFigures, allSources, getChart } from './data';
import { absoluteUrl, chartEmbedHref, sourceLineHref } from '../site/urls';
import { buildChartModel, type ChartModel } from '../charts/model';
import { EMBED_SNIPPET_HEIGHT } from '../site/embed';
import { chartFileContext } from '../site/chart-file';
import { chartFileSvg } from '../charts/standalone';

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

/** A chart as the file served at /charts/<id>.svg and .narrow.svg, and shown on the home page. */
export function standaloneChartSvg(model: ChartModel, layout: 'narrow' | 'wide') {
  return chartFileSvg(model, layout, chartFileContext(model.id));
}
