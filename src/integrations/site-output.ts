/**
 * Astro integration: files made from the finished build.
 * - A Pagefind search index over `dist/` (only regions marked `data-pagefind-body` are indexed),
 *   so `astro build` alone produces a searchable site.
 * - `sitemap.xml`, listing every built page (so pages added by anyone appear without a list to keep).
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Pages a search engine should not list. */
const NOT_IN_SITEMAP = new Set(['404/', 'search/']);

export function sitemapXml(siteUrl: string, base: string, pathnames: string[]): string {
  const urls = pathnames
    .map((p) => p.replace(/^\/+/, ''))
    .map((p) => (p === '' || p.endsWith('/') ? p : `${p}/`))
    // Version histories ask not to be indexed (like Wikipedia's): readers searching want the pages.
    .filter((p) => !NOT_IN_SITEMAP.has(p) && !p.startsWith('og/') && !p.startsWith('history/'))
    .sort()
    .map((p) => `  <url><loc>${new URL(`${base}${p}`, siteUrl).href}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export default function siteOutput(): AstroIntegration {
  let siteUrl = '';
  let base = '/';
  return {
    name: 'site-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site ?? '';
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        if (siteUrl) {
          await writeFile(
            new URL('sitemap.xml', dir),
            sitemapXml(
              siteUrl,
              base,
              pages.map((p) => p.pathname),
            ),
          );
          logger.info(`sitemap.xml: ${pages.length} pages considered`);
        }
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind indexed ${added.page_count} pages`);
      },
    },
  };
}
