/**
 * A work on this site as cited: its absolute URL, the site as author and website, the version
 * date, no access date. No Astro content here, so unit tests and the version citations can use it.
 */
import { SITE } from '../../config/site';
import { absoluteUrl, withBase } from '../site/urls';
import type { CiteWork } from './format';
import { isoDay } from './git';

export type SiteWorkOptions = { id: string; title: string; url: string; updated: string; genre?: string };

export function siteWork(opts: SiteWorkOptions): CiteWork {
  return {
    id: opts.id,
    title: opts.title,
    url: opts.url.startsWith('http') ? opts.url : absoluteUrl(opts.url),
    author: SITE.author,
    siteName: SITE.name,
    updated: isoDay(opts.updated),
    language: SITE.language,
    ...(opts.genre ? { genre: opts.genre } : {}),
  };
}

/** The absolute URL of a site path given without the base ("v/2026-12-01/tariffs/"), for layers without urls.ts. */
export function absoluteSiteUrl(path: string): string {
  return absoluteUrl(withBase(path));
}
