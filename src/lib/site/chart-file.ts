/** Where a downloadable chart file (src/lib/charts/standalone.ts) says it comes from, and its licence. */
import { SITE } from '../../config/site';
import { absoluteUrl, chartHref, withBase } from './urls';

export function chartFileContext(chartId: string) {
  const chartUrl = absoluteUrl(chartHref(chartId));
  return {
    chartUrl,
    licence: {
      name: SITE.licence.name,
      url: SITE.licence.url,
      author: SITE.author,
      siteUrl: absoluteUrl(withBase('')),
      workUrl: chartUrl,
    },
  };
}
