/**
 * A release: freeze every page of a built site (dist/) that changed since the last release into
 * the repository's version store (public/v/), and record it in the manifest. A release in which
 * no page changed writes nothing. Called by src/scripts/release.ts (`npm run release`) and tests.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, posix } from 'node:path';
import {
  BANNER_CSS,
  emptyManifest,
  fingerprint,
  freezeHtml,
  freezeMarkdown,
  pageTitle,
  sha256,
  type Manifest,
} from './freeze';
import { citeBoxForVersion } from './citations';

/** Not versioned: error and search pages, embeds, versions and histories themselves, and the changelog (it changes with every release). */
const NOT_VERSIONED = /^(?:404\.html|search\/|embed\/|og\/|v\/|pagefind\/|history\/|changelog\/)/;

/** Site paths of the built pages to version ("tariffs/", "" for home). */
export function builtPages(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => (f === 'index.html' || f.endsWith('/index.html')) && !NOT_VERSIONED.test(f))
    .map((f) => f.slice(0, -'index.html'.length))
    .sort();
}

export function readManifest(storeDir: string): Manifest {
  const file = join(storeDir, 'versions.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : emptyManifest();
}

export interface ReleaseOptions {
  /** The built site to freeze from. */
  distDir: string;
  /** The version store (the repository's public/v/). */
  storeDir: string;
  /** The release day, YYYY-MM-DD (also the day the pages were built). */
  date: string;
  siteUrl: string;
  /** Base path with slashes: "/" or "/explainer/". */
  base: string;
  /** What changed, in plain words for readers. */
  summary: string;
}

export interface ReleaseResult {
  /** Site paths frozen by this release (empty: nothing changed, nothing written). */
  frozen: string[];
}

export function release(o: ReleaseOptions): ReleaseResult {
  const manifest = readManifest(o.storeDir);
  if (manifest.releases.some((r) => r.date === o.date)) {
    throw new Error(
      `release: ${o.date} is already released (public/v/${o.date}/); versions are permanent, so release again on a later day`,
    );
  }
  const changed = builtPages(o.distDir).filter((path) => {
    const html = readFileSync(join(o.distDir, path, 'index.html'), 'utf8');
    return manifest.pages[path]?.at(-1)?.fingerprint !== fingerprint(html);
  });
  if (changed.length === 0) return { frozen: [] };

  /** Store a file once under its content hash; return its path under the base ("v/assets/<hash>.css"). */
  const store = (bytes: Buffer | string, extension: string): string => {
    const name = `assets/${sha256(bytes).slice(0, 20)}${extension}`;
    const file = join(o.storeDir, name);
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
    return `v/${name}`;
  };
  const asset = (path: string): string => {
    const file = join(o.distDir, path);
    if (!existsSync(file)) throw new Error(`release: the page loads ${path}, which is not in ${o.distDir}`);
    if (extname(path) !== '.js') return store(readFileSync(file), extname(path));
    // A script's imports of its sibling chunks ("./embed.4JOq.js") name the chunks as stored, so a
    // frozen script never loads a later build's chunk (or a missing one).
    const code = readFileSync(file, 'utf8').replace(
      /((?:\bfrom|\bimport)\s*\(?\s*)(["'])(\.\/[^"']+\.js)\2/g,
      (_, before: string, quote: string, specifier: string) =>
        `${before}${quote}./${basename(asset(posix.join(posix.dirname(path), specifier)))}${quote}`,
    );
    return store(code, '.js');
  };
  const bannerCss = store(BANNER_CSS, '.css');

  for (const path of changed) {
    const html = readFileSync(join(o.distDir, path, 'index.html'), 'utf8');
    const context = { siteUrl: o.siteUrl, base: o.base, date: o.date, pagePath: path, asset };
    const target = join(o.storeDir, o.date, path);
    mkdirSync(target, { recursive: true });
    const twin = join(o.distDir, path, 'index.md');
    const version = {
      date: o.date,
      title: pageTitle(html),
      fingerprint: fingerprint(html),
      markdown: existsSync(twin),
    };
    writeFileSync(join(target, 'index.html'), citeBoxForVersion(freezeHtml(html, context, bannerCss), path, version));
    if (existsSync(twin)) writeFileSync(join(target, 'index.md'), freezeMarkdown(readFileSync(twin, 'utf8'), context));
    (manifest.pages[path] ??= []).push(version);
  }
  manifest.releases.push({ date: o.date, summary: o.summary, pages: changed });
  writeFileSync(join(o.storeDir, 'versions.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { frozen: changed };
}
