/** robots.txt: everything may be crawled; the sitemap is written by src/integrations/site-output.ts. */
import type { APIRoute } from 'astro';
import { SITE } from '../config/site';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${SITE.base}sitemap.xml`, SITE.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
