/**
 * Which topic pages mention a glossary term or a person: a link to its anchor, or its name in the
 * text. Pure (pages are passed in) so it can be tested without Astro.
 */
export interface PageText {
  id: string;
  title: string;
  body: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "SCO (Shanghai Cooperation Organization)" → ["SCO", "Shanghai Cooperation Organization"]. */
export function namesIn(label: string): string[] {
  const inside = /\(([^)]+)\)/.exec(label)?.[1];
  const outside = label.replace(/\([^)]*\)/, '').trim();
  return [outside, inside].filter((n): n is string => Boolean(n && n.length > 1));
}

/** Pages whose text links to `anchor` (e.g. "glossary/#brics") or names one of `names` as a whole word. */
export function pagesMentioning(pages: readonly PageText[], anchor: string, names: readonly string[]): PageText[] {
  const patterns = names.map((name) => new RegExp(`(^|[^\\w-])${escape(name)}(?![\\w-])`, 'i'));
  return pages.filter((page) => page.body.includes(anchor) || patterns.some((p) => p.test(page.body)));
}
