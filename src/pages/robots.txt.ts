/** robots.txt: everything may be crawled; the sitemap is written by src/integrations/site-output.ts. */
import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/site/urls';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('sitemap.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
