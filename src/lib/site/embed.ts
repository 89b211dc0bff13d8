/**
 * What a chart embed (/embed/<chart>/) promises the site that frames it: its links never replace
 * the host's page, and it tells the host its height.
 *
 * The one rule for links inside a chart embed (/embed/<chart>/, framed by other sites): an in-page
 * anchor ("#…": the skip link, the chart's title, "Skip chart") moves within the frame; every other
 * link opens in a new tab. So nothing a reader follows replaces the host's page, and no site page
 * loads inside the frame (they refuse to be framed: public/_headers).
 *
 * `<base target="_blank">` (or "_top") cannot say this: a base target applies to "#…" links too,
 * so the skip link would leave the host page. The embed layout applies the rule to its HTML at build
 * time (./embed-html.ts), so it works without JavaScript; the chart's tooltip applies it to the links
 * it creates.
 */

/** What a link inside an embed carries: nothing for an in-page anchor, else a new tab without a handle on the frame. */
export function embedLinkTarget(href: string): { target: '_blank'; rel: 'noopener' } | null {
  return href.startsWith('#') ? null : { target: '_blank', rel: 'noopener' };
}

/** "license noreferrer" + "noopener" → "license noreferrer noopener": a link's own rel words are kept. */
export function mergeRel(existing: string | null | undefined, add: string): string {
  const words = (existing ?? '').split(/\s+/).filter(Boolean);
  for (const word of add.split(/\s+/)) if (!words.includes(word)) words.push(word);
  return words.join(' ');
}

/** A link the tooltip (or any script) creates inside an embed. */
export function applyEmbedLinkTarget(link: HTMLAnchorElement): void {
  const target = embedLinkTarget(link.getAttribute('href') ?? '');
  if (!target) return;
  link.target = target.target;
  link.rel = mergeRel(link.getAttribute('rel'), target.rel);
}

/**
 * The message an embed posts to its host whenever its height changes (src/client/embed-height.ts);
 * README "Embedding charts" gives hosts a one-line listener. `chart` is the chart's id.
 */
export const EMBED_HEIGHT_MESSAGE = 'india-russia-us-explainer:embed-height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  chart: string;
  height: number;
}

/**
 * The iframe snippet's height (px), for hosts that do not listen to the height message: at 640 px
 * wide, a common article column, it shows the credit and licence (first on the page) and the whole
 * chart with its key and events for every chart (the tallest, tariff-rate, ends at 851 px); the
 * data table and its sources follow inside the frame. src/tests/browser/embed.test.ts measures it.
 */
export const EMBED_SNIPPET_HEIGHT = 900;
