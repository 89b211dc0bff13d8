/** The favicon as a 180×180 PNG for platforms that do not take SVG icons. */
import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import svg from '../../public/favicon.svg?raw';

export const GET: APIRoute = () => {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 180 }, background: '#ffffff' }).render().asPng();
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
