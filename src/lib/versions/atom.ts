/**
 * An Atom 1.0 feed (RFC 4287) of the corrections, so readers and their feed readers learn of
 * each one. Written as a string: the feed is small and every value passes through `escapeXml`.
 */
import type { Correction } from '../provenance/schema';
import { CORRECTION_KIND_LABEL, newestFirst } from './corrections';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface AtomOptions {
  title: string;
  author: string;
  /** The feed's own absolute URL (its id and rel="self"). */
  feedUrl: string;
  /** The absolute URL of the human-readable list (/corrections/). */
  listUrl: string;
  /** Absolute URL of a correction on the list (its permanent id and link). */
  entryUrl: (correction: Correction) => string;
  /** Absolute URL and title of a page a correction concerns. */
  page: (path: string) => { url: string; title: string };
  /** When nothing has been corrected yet, the feed's `updated` (ISO 8601). */
  fallbackUpdated: string;
}

/** Midnight UTC of a correction's day: Atom dates are full timestamps. */
const stamp = (day: string) => `${day}T00:00:00Z`;

export function correctionsAtom(corrections: readonly Correction[], o: AtomOptions): string {
  const entries = newestFirst(corrections);
  const updated = entries[0] ? stamp(entries[0].date) : o.fallbackUpdated;
  const entry = (c: Correction) => {
    const pages = c.pages.map(o.page);
    const title = `${CORRECTION_KIND_LABEL[c.kind]}: ${pages.map((p) => p.title).join(', ')}`;
    const summary = `It said: “${c.said}” It now says: ${c.now}`;
    return [
      '  <entry>',
      `    <id>${escapeXml(o.entryUrl(c))}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <updated>${stamp(c.date)}</updated>`,
      `    <published>${stamp(c.date)}</published>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(o.entryUrl(c))}"/>`,
      ...pages.map(
        (p) => `    <link rel="related" type="text/html" href="${escapeXml(p.url)}" title="${escapeXml(p.title)}"/>`,
      ),
      `    <category term="${c.kind}" label="${CORRECTION_KIND_LABEL[c.kind]}"/>`,
      `    <summary type="text">${escapeXml(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(o.feedUrl)}</id>`,
    `  <title>${escapeXml(o.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(o.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(o.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(o.listUrl)}"/>`,
    ...entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
