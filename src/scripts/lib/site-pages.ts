/**
 * Which pages the built site has, for every check that runs over "every page": the browser tests,
 * the output checks, Lighthouse and the budgets. The contract is dist/sitemap.xml (what search
 * engines are told exists); until the sitemap exists we fall back to every dist/**\/index.html so
 * the checks still cover the whole site, and `sitemapProblems` reports the missing sitemap as a
 * failure of its own.
 *
 * Node-only, no project imports: the scripts run this file with Node's own TypeScript support.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SitePage {
  /** URL path as served, including the base path: "/tariffs/" or "/repo/tariffs/". */
  path: string;
  /** The HTML file in dist/ that serves this path. */
  file: string;
}

export interface PageList {
  pages: SitePage[];
  /** Where the list came from. */
  from: 'sitemap' | 'crawl';
  /** The base path pages live under, with slashes: "/" or "/repo/". */
  base: string;
}

/** Pages that exist in dist/ but are not content and must not be listed in a sitemap. */
const NOT_IN_SITEMAP = new Set(['404.html']);

export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/*|\/*$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The base path the site was built with (same rule as src/config/site.ts). */
export function siteBase(): string {
  return normaliseBase(process.env.BASE_PATH);
}

/** Every file under dir ending in ext, as paths relative to dir with forward slashes, sorted. */
export function filesEndingWith(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(ext)) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Every .html file under dir. */
export function htmlFiles(dir: string): string[] {
  return filesEndingWith(dir, '.html');
}

/** "tariffs/index.html" → "/base/tariffs/"; "404.html" → "/base/404.html". */
export function pathForFile(relFile: string, base: string): string {
  if (relFile === 'index.html') return base;
  if (relFile.endsWith('/index.html')) return `${base}${relFile.slice(0, -'index.html'.length)}`;
  return `${base}${relFile}`;
}

/** "/base/tariffs/" → "dist/tariffs/index.html" (or undefined when the path is outside the base). */
export function fileForPath(distDir: string, path: string, base: string): string | undefined {
  const decoded = decodeURIComponent(path);
  if (!decoded.startsWith(base) && `${decoded}/` !== base) return undefined;
  const rest = decoded.slice(base.length);
  const candidates =
    rest === '' || rest.endsWith('/')
      ? [join(distDir, rest, 'index.html')]
      : [join(distDir, rest), join(distDir, rest, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** The <loc> URLs of a sitemap, following a sitemap index one level down. */
export function sitemapLocs(distDir: string, base: string, file = 'sitemap.xml'): string[] {
  const xml = readFileSync(join(distDir, file), 'utf8');
  const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  if (/<sitemapindex[\s>]/.test(xml)) {
    return locs.flatMap((loc) => {
      const child = new URL(loc).pathname.slice(base.length);
      return sitemapLocs(distDir, base, child);
    });
  }
  return locs;
}

export function sitemapPath(distDir: string): string {
  return join(distDir, 'sitemap.xml');
}

/** A page that asks search engines not to index it (e.g. search results) stays out of the sitemap. */
export function isNoindex(file: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(readFileSync(file, 'utf8'));
}

/**
 * Built pages that are not in the sitemap and are still worth checking (everything but 404,
 * Pagefind's files and frozen versions in v/, which are archives of pages checked when they were
 * live; src/tests/build/versions.test.ts checks what a release adds to them).
 */
function unlistedPages(distDir: string, base: string, listed: Set<string>): SitePage[] {
  return htmlFiles(distDir)
    .filter((f) => !NOT_IN_SITEMAP.has(f) && !f.startsWith('pagefind/') && !f.startsWith('v/'))
    .map((f) => ({ path: pathForFile(f, base), file: join(distDir, f) }))
    .filter((p) => !listed.has(p.path));
}

/**
 * The frozen versions the build serves (dist/v/<date>/<page>/), kept out of the sitemap and of
 * the per-page checks (they are the live pages as checked on release day), but audited by
 * Lighthouse like every page a reader can open.
 */
export function frozenPages(distDir: string, base = siteBase()): SitePage[] {
  return htmlFiles(distDir)
    .filter((f) => f.startsWith('v/'))
    .map((f) => ({ path: pathForFile(f, base), file: join(distDir, f) }));
}

/**
 * The pages to check: every page in dist/sitemap.xml, then any other built page (a search page
 * marked noindex, or one the sitemap forgot — `sitemapProblems` reports those), never the 404 page.
 * Without a sitemap: every built page.
 */
export function listPages(distDir: string, base = siteBase()): PageList {
  if (existsSync(sitemapPath(distDir))) {
    const listed = sitemapLocs(distDir, base).map((loc) => {
      const path = new URL(loc).pathname;
      const file = fileForPath(distDir, path, base);
      return { path, file: file ?? '' };
    });
    const pages = [...listed, ...unlistedPages(distDir, base, new Set(listed.map((p) => p.path)))];
    return { pages, from: 'sitemap', base };
  }
  return { pages: unlistedPages(distDir, base, new Set()), from: 'crawl', base };
}

/**
 * What is wrong with the sitemap, as sentences: missing, empty, listing pages that do not exist,
 * or leaving out pages that do. An empty list means the sitemap and dist/ agree.
 */
export function sitemapProblems(distDir: string, base = siteBase()): string[] {
  if (!existsSync(sitemapPath(distDir))) {
    return [
      `dist/sitemap.xml is missing: the site must publish a sitemap listing every page (issue 6); checks fell back to crawling dist/`,
    ];
  }
  const locs = sitemapLocs(distDir, base);
  const problems: string[] = [];
  if (locs.length === 0) problems.push('dist/sitemap.xml lists no pages');
  const listed = new Set<string>();
  for (const loc of locs) {
    const path = new URL(loc).pathname;
    listed.add(path);
    const file = fileForPath(distDir, path, base);
    if (!file) problems.push(`sitemap lists ${loc}, which has no HTML file in dist/`);
    else if (isNoindex(file)) problems.push(`sitemap lists ${loc}, which is marked noindex`);
  }
  for (const page of unlistedPages(distDir, base, listed)) {
    if (!isNoindex(page.file))
      problems.push(
        `${page.path} (dist/${page.file.slice(distDir.length + 1)}) is not in sitemap.xml and not marked noindex`,
      );
  }
  return problems;
}
