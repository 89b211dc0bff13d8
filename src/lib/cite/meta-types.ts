/** Extra head metadata a layout may pass to BaseLayout → PageMeta. */
export interface PageMetaExtra {
  /** 'article' for content pages (adds Article JSON-LD and publication dates). */
  kind?: 'article' | 'website';
  /** ISO dates from git: first publication and last update. */
  published?: string;
  updated?: string;
  /** Extra JSON-LD objects, added after the page's own Article. */
  jsonLd?: Record<string, unknown>[];
}
