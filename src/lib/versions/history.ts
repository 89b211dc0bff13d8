/**
 * A page's history as readers see it: the text compared between versions (a word-level diff made
 * with jsdiff, the `diff` package) and its Memento TimeMap (RFC 7089) listing every frozen version.
 */
import { diffWords, type Change } from 'diff';
import { mainText, versionPath, type PageVersion } from './freeze';

/**
 * The readable text of a version: its Markdown twin without footnote marks and definitions
 * (the prose as read), or for a page without a twin the text of its <main> without the banner.
 */
export function readableText(version: { html: string; markdown?: string }): string {
  if (version.markdown !== undefined) {
    return (
      version.markdown
        .split('\n')
        // Footnote definitions, and the line naming the version's own URL, are not the page's prose.
        .filter((line) => !/^\[\^[^\]]+\]:/.test(line) && !line.startsWith('Source: '))
        .join('\n')
        .replace(/\[\^[^\]]+\]/g, '')
        .replace(/^#+ /gm, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    );
  }
  return mainText(version.html.replace(/<aside class="version-banner"[\s\S]*?<\/aside>/, ''));
}

/** A word-level comparison: runs of unchanged, added and removed words. */
export function wordDiff(before: string, after: string): Change[] {
  return diffWords(before, after);
}

/** Words added and removed, for a version's one-line summary. */
export function diffCounts(changes: readonly Change[]): { added: number; removed: number } {
  const words = (c: Change) => c.value.split(/\s+/).filter(Boolean).length;
  return {
    added: changes.filter((c) => c.added).reduce((n, c) => n + words(c), 0),
    removed: changes.filter((c) => c.removed).reduce((n, c) => n + words(c), 0),
  };
}

/** RFC 1123 date, as Memento's datetime attribute wants it: release day at 00:00 GMT. */
export function httpDate(day: string): string {
  return new Date(`${day}T00:00:00Z`).toUTCString();
}

/**
 * The TimeMap of a page (RFC 7089 section 5.1, application/link-format): the original resource,
 * the map itself, and each frozen version as a memento with its datetime, first and last marked.
 */
export function timemap(o: {
  originalUrl: string;
  selfUrl: string;
  versionUrl: (date: string) => string;
  versions: readonly PageVersion[];
}): string {
  const versions = o.versions;
  const first = versions[0];
  const last = versions.at(-1);
  const links = [
    `<${o.originalUrl}>; rel="original"`,
    `<${o.selfUrl}>; rel="self"; type="application/link-format"${first && last ? `; from="${httpDate(first.date)}"; until="${httpDate(last.date)}"` : ''}`,
    ...versions.map((v, i) => {
      const rel = [i === 0 ? 'first' : '', i === versions.length - 1 ? 'last' : '', 'memento']
        .filter(Boolean)
        .join(' ');
      return `<${o.versionUrl(v.date)}>; rel="${rel}"; datetime="${httpDate(v.date)}"`;
    }),
  ];
  return `${links.join(',\n')}\n`;
}

export { versionPath };
