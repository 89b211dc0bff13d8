/**
 * On an embed page inside a frame: post the document's height to the host page on load and
 * whenever it changes (a narrower frame wraps more lines; fonts load late), so a host that
 * listens can size the iframe to show the whole chart, its sources and its licence without a
 * scrollbar (README "Embedding charts"). Hosts that do not listen keep the snippet's height.
 */
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '../lib/site/embed';

const chart = document.querySelector<HTMLElement>('[data-chart]')?.dataset.chart ?? '';
let posted = 0;

function postHeight(): void {
  // The root element's own box: its content, not the frame's viewport (scrollHeight never
  // drops below the frame's height, so a frame sized to it could grow but never shrink).
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === posted) return;
  posted = height;
  const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, chart, height };
  // Any host may frame an embed, and the height is no secret: '*' as the target origin.
  window.parent.postMessage(message, '*');
}

if (window.parent !== window) {
  new ResizeObserver(postHeight).observe(document.documentElement);
  window.addEventListener('load', postHeight);
}
