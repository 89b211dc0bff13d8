/**
 * Rehype plugin: links that leave the site get rel="noopener noreferrer", so the opened page
 * gets no handle on ours and learns nothing of where the reader came from.
 * "External" means an absolute http(s) URL whose origin is not the site's own.
 */
import { visit } from 'unist-util-visit';

interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
}

export function isExternalHref(href: string, siteOrigin: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).origin !== new URL(siteOrigin).origin;
  } catch {
    return true;
  }
}

export function rehypeExternalLinks(options: { site: string }) {
  return (tree: unknown) => {
    visit(tree as never, 'element', (node: HastElement) => {
      if (node.tagName !== 'a') return;
      const href = node.properties?.href;
      if (typeof href !== 'string' || !isExternalHref(href, options.site)) return;
      const existing = node.properties?.rel;
      const rel = new Set(
        Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(/\s+/) : [],
      );
      rel.add('noopener');
      rel.add('noreferrer');
      node.properties = { ...node.properties, rel: [...rel].filter(Boolean) };
    });
  };
}
