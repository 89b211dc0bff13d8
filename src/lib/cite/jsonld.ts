/**
 * schema.org JSON-LD for pages (Article). Rendered as a
 * <script type="application/ld+json"> data block: not executed, so a strict CSP allows it.
 */
import { SITE } from '../../config/site';
import { absoluteUrl, withBase } from '../site/urls';

type Json = Record<string, unknown>;

function organisation(): Json {
  return { '@type': 'Organization', name: SITE.author, url: absoluteUrl(withBase('')) };
}

export function articleJsonLd(opts: { title: string; description: string; url: string; published: string; updated: string }): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: opts.title,
    description: opts.description,
    url: opts.url,
    mainEntityOfPage: opts.url,
    datePublished: opts.published,
    dateModified: opts.updated,
    inLanguage: SITE.language,
    author: organisation(),
    publisher: organisation(),
    license: SITE.licence.url,
    isPartOf: { '@type': 'WebSite', name: SITE.name, url: absoluteUrl(withBase('')) },
  };
}

/** JSON for a data block inside HTML: "<" escaped so no string can close the script element. */
export function jsonLdText(data: Json | Json[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
