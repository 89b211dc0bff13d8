/**
 * A chart's model from the site's content collections (build time only). The component and the
 * download endpoints all come through here.
 */
import { allEvents, allFigures, allSources, getChart } from '../site/data';
import { sourceLineHref } from '../site/urls';
import { buildChartModel, type ChartModel } from './model';

export async function getChartModel(id: string): Promise<ChartModel> {
  const [chart, figures, events, sources] = await Promise.all([getChart(id), allFigures(), allEvents(), allSources()]);
  return buildChartModel(chart, { figures, events, sources, lineHref: sourceLineHref });
}
