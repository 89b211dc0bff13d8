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

export function articleJsonLd(opts: {
  title: string;
  description: string;
  url: string;
  published: string;
  updated: string;
}): Json {
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

/**
 * The site's whole dataset (figures, events, conflicts as CSV and JSON at /data/) as a schema.org
 * Dataset, for the pages that link to it. `files` are absolute download URLs with their formats.
 */
export function evidenceDatasetJsonLd(opts: {
  url: string;
  published: string;
  updated: string;
  files: { name: string; description: string; url: string; format: 'text/csv' | 'application/json' }[];
}): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${SITE.name}: figures, events and disagreements with their source lines`,
    description:
      'Every figure, dated event and disagreement between sources on this site, each with the source document, line and verbatim quote that states it (derived figures with their inputs and formula).',
    url: opts.url,
    datePublished: opts.published,
    dateModified: opts.updated,
    inLanguage: SITE.language,
    creator: organisation(),
    publisher: organisation(),
    license: SITE.licence.url,
    isAccessibleForFree: true,
    variableMeasured: ['value', 'bound', 'unit', 'date', 'precision', 'seed', 'line', 'quote', 'formula'],
    distribution: opts.files.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      description: f.description,
      encodingFormat: f.format,
      contentUrl: f.url,
    })),
  };
}

/** JSON for a data block inside HTML: "<" escaped so no string can close the script element. */
export function jsonLdText(data: Json | Json[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
