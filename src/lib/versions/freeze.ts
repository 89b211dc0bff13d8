/**
 * Frozen versions: a page as rendered on the day of a release, kept at a permanent dated URL
 * (/v/<date>/<page>/) so a citation still shows exactly what the reader read. This module holds
 * the pure parts (what a version's URL is, what counts as a change, how a built page becomes a
 * frozen one); src/scripts/release.ts reads and writes the files.
 *
 * Versions live in public/v/, so Astro copies them into every later build unchanged; assets they
 * load (CSS, scripts, chart SVGs) are stored once each under a name made from their SHA-256, so
 * versions share them and no later build can change what an old version looks like.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { slashDay, formatLongDay } from '../cite/dates';

/** Where versions are kept in the repository, relative to its root. */
export const VERSIONS_DIR = 'public/v';
/** The list of releases and versions, read by the history pages, the TimeMaps and the changelog. */
export const MANIFEST_FILE = 'public/v/versions.json';

export interface PageVersion {
  /** The release day, YYYY-MM-DD: the version's URL is /v/<date>/<path>. */
  date: string;
  title: string;
  /** SHA-256 of the page's readable text: equal fingerprints, no change. */
  fingerprint: string;
  /** Whether the page has a Markdown twin frozen beside it. */
  markdown: boolean;
}

export interface Release {
  date: string;
  /** What changed, in plain words for readers (given by the maintainer who releases). */
  summary: string;
  /** Site paths of the pages frozen in this release. */
  pages: string[];
}

export interface Manifest {
  format: 1;
  releases: Release[];
  /** Versions of each page, oldest first, keyed by site path ("tariffs/", "" for home). */
  pages: Record<string, PageVersion[]>;
}

export const emptyManifest = (): Manifest => ({ format: 1, releases: [], pages: {} });

/** "v/2026-12-03/tariffs/": a version's path under the site base. */
export function versionPath(date: string, pagePath: string): string {
  return `v/${date}/${pagePath}`;
}

/**
 * "cite/v/2026-12-03/tariffs.bib": a version's citation file, beside the live page's "cite/tariffs.bib"
 * (src/pages/cite/v/). A frozen page's download links point here, so they keep citing that version.
 */
export function versionCitationPath(date: string, key: string, extension: 'bib' | 'ris'): string {
  return `cite/v/${date}/${key}.${extension}`;
}

/**
 * The "Cite this version" block of a live page's cite box (src/components/cite/CiteVersion.astro):
 * it names the latest version, so it changes with each release without the page changing, and a
 * frozen page, which cites itself, drops it.
 */
export const VERSION_CITATION_BLOCK = /<details class="cite-version[ "][\s\S]*?<\/details>/g;

/** "history/tariffs/" ("history/home/" for the home page): a page's list of versions and diffs. */
export function historyPath(pagePath: string): string {
  return `history/${pagePath === '' ? 'home/' : pagePath}`;
}

/** A page's Memento TimeMap (RFC 7089), "history/tariffs/timemap.link". */
export function timemapPath(pagePath: string): string {
  return `${historyPath(pagePath)}timemap.link`;
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The text inside <main>, without scripts, styles and tags: what a reader reads. */
export function mainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? html;
  return (
    main
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
      // The list of a page's versions grows with every release; it is not the page changing.
      .replace(/<p class="version-links"[\s\S]*?<\/p>/g, ' ')
      .replace(VERSION_CITATION_BLOCK, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * What decides whether a page changed: its readable text. (The cite box leaves the "accessed"
 * date to the reader's browser, so nothing in the text changes with the day of the build.)
 */
export function fingerprint(html: string): string {
  return sha256(mainText(html));
}

/** The page's title as reference managers read it. */
export function pageTitle(html: string): string {
  const meta = /<meta name="citation_title" content="([^"]*)"/.exec(html)?.[1];
  return decodeEntities(meta ?? /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export interface FreezeContext {
  /** The site's origin, e.g. "https://india-russia-us.github.io". */
  siteUrl: string;
  /** The base path with slashes, e.g. "/" or "/explainer/". */
  base: string;
  date: string;
  /** The page's site path without the base ("tariffs/", "" for home). */
  pagePath: string;
  /** A built asset's path under the base ("_astro/x.css") → its frozen path under the base. */
  asset: (path: string) => string;
}

/**
 * Site paths of the files a page loads that a later build may rename, change or remove: Astro's
 * bundles and the chart SVGs. /theme.js stays where it is (a fixed public file that only sets the
 * colour theme, and the one script every page, frozen or not, loads first).
 */
export const FROZEN_ASSET = /^(?:_astro\/[^"?#]+|charts\/[^"?#/]+\.svg)$/;

/** Replace a URL where it stands whole (not as the start of a longer URL: the home page's is every URL's prefix). */
function replaceUrl(text: string, from: string, to: string): string {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`${escaped}(?=["'<>\\s),;&]|$)`, 'g'), to);
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The banner at the top of a frozen page; its styles are the release's own stylesheet. */
export function versionBanner(c: FreezeContext, title: string): string {
  const current = `${c.base}${c.pagePath}`;
  const history = `${c.base}${historyPath(c.pagePath)}`;
  return [
    `<aside class="version-banner" aria-label="About this version" data-pagefind-ignore>`,
    `<p><strong>This is the version of “${escapeAttr(title)}” published on <time datetime="${c.date}">${formatLongDay(c.date)}</time>.</strong> `,
    `It is kept unchanged so that citations of it stay true.</p>`,
    `<p><a href="${current}">Read the current page</a> · <a href="${history}#since-${c.date}">What changed since</a> · `,
    `<a href="${history}">All versions</a></p>`,
    `</aside>`,
  ].join('');
}

/** Styles of the banner, stored as a content-addressed asset like every other stylesheet. */
export const BANNER_CSS =
  '.version-banner{border:2px solid var(--accent,#b3261e);background:var(--panel,#f4f5f7);padding:.5rem 1rem;' +
  'margin:1rem auto;max-width:var(--measure,38rem)}.version-banner p{margin:.25rem 0}\n';

/**
 * A same-site path ("/base/tariffs/#x") as seen from the directory `fromDir` ("/base/v/2026-12-03/"):
 * "../../tariffs/#x". Paths outside `base` are left as they are.
 */
export function relativeFrom(fromDir: string, target: string, base: string): string {
  if (!target.startsWith(base)) return target;
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(target) ?? [];
  let relative = posix.relative(fromDir, path);
  if (path.endsWith('/') && relative !== '') relative += '/';
  return (relative === '' ? './' : relative) + rest;
}

/** Every same-site href, src, srcset and action of a page made relative to `fromDir`. */
function relativeLinks(html: string, fromDir: string, base: string): string {
  return html.replace(/\b(href|src|srcset|action)="(\/[^"]*)"/g, (whole, attr: string, value: string) => {
    if (value.startsWith('//')) return whole;
    // The site writes one URL per srcset (a <picture> source per width), like src.
    return `${attr}="${relativeFrom(fromDir, value, base)}"`;
  });
}

/**
 * A built page as a frozen version: assets point at their content-addressed copies, relative
 * links are resolved for its new depth and made relative, the page cites and canonicalises its own
 * dated URL, links the current page as the latest version, carries the banner, and leaves the
 * site search (readers searching want the current pages).
 */
export function freezeHtml(html: string, c: FreezeContext, bannerCssPath: string): string {
  const live = `${c.base}${c.pagePath}`;
  const liveUrl = new URL(live, c.siteUrl).href;
  const versionUrl = new URL(`${c.base}${versionPath(c.date, c.pagePath)}`, c.siteUrl).href;
  const title = pageTitle(html);
  let out = html.replace(/\b(href|src|srcset)="([^"]*)"/g, (whole, attr: string, value: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(value)) return whole;
    const absolute =
      new URL(value, new URL(live, 'https://site.invalid')).pathname + (value.match(/[?#].*$/)?.[0] ?? '');
    const inBase = absolute.startsWith(c.base) ? absolute.slice(c.base.length) : null;
    if (inBase !== null && FROZEN_ASSET.test(inBase)) return `${attr}="${c.base}${c.asset(inBase)}"`;
    if (inBase === `${c.pagePath}index.md`) return `${attr}="${c.base}${versionPath(c.date, c.pagePath)}index.md"`;
    return `${attr}="${absolute}"`;
  });
  // Every mention of the live URL (canonical, og:url, citation_public_url, JSON-LD, the citations
  // in the cite box) now names this version; the links to the live page are added after.
  out = replaceUrl(out, liveUrl, versionUrl);
  // The citation of the previous version is not this version's; its own .bib/.ris replace the live page's.
  out = out.replace(VERSION_CITATION_BLOCK, '');
  const base = c.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const citeFile = new RegExp(`(href=")${base}cite/([^"/]+)\\.(bib|ris)"`, 'g');
  out = out.replace(
    citeFile,
    (_, open: string, key: string, extension: 'bib' | 'ris') =>
      `${open}${c.base}${versionCitationPath(c.date, key, extension)}"`,
  );
  // The version cited is this one: dated by its release, the day in its URL and banner.
  out = out.replace(
    /(<meta name="citation_(?:publication|online)_date" content=")[^"]*(")/g,
    `$1${slashDay(c.date)}$2`,
  );
  const history = `${c.base}${historyPath(c.pagePath)}`;
  const head = [
    `<link rel="latest-version" href="${live}">`,
    `<link rel="original" href="${live}">`,
    `<link rel="version-history" href="${history}">`,
    `<link rel="timemap" type="application/link-format" href="${c.base}${timemapPath(c.pagePath)}">`,
    `<meta name="citation_date" content="${slashDay(c.date)}">`,
    // Search engines should send readers to the current page; the version stays citable by its URL.
    `<meta name="robots" content="noindex">`,
    `<link rel="stylesheet" href="${c.base}${bannerCssPath}">`,
  ].join('');
  out = out.replace('</head>', `${head}</head>`);
  out = out.replace(/<main\b([^>]*?)\s*data-pagefind-body(?:="")?([^>]*)>/, '<main$1$2>');
  out = out.replace(/(<main\b[^>]*>)/, `$1${versionBanner(c, title)}`);
  // Links within the site are relative, so the version works wherever the site is served from
  // (its origin or a sub-path, such as a GitHub Pages project site), as it was served on release day.
  return relativeLinks(out, `${c.base}${versionPath(c.date, c.pagePath)}`, c.base);
}

/** The Markdown twin of a version: its "Source:" line names the version's URL. */
export function freezeMarkdown(markdown: string, c: FreezeContext): string {
  const liveUrl = new URL(`${c.base}${c.pagePath}`, c.siteUrl).href;
  const versionUrl = new URL(`${c.base}${versionPath(c.date, c.pagePath)}`, c.siteUrl).href;
  return replaceUrl(markdown, liveUrl, versionUrl);
}
