/**
 * Link checker over dist/: every href, src and srcset in every built HTML file (and every url()
 * in built CSS) that points inside the site must resolve to a file in dist/, and every #fragment
 * must name an element id (or a[name]) in the page it points to. Links to other sites are only
 * counted: the checks run offline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementsOf } from './html-tree.ts';
import { fileForPath, filesEndingWith, htmlFiles, pathForFile } from './site-pages.ts';

/** Attributes that reference a URL, per element ("*" = any element). */
const URL_ATTRIBUTES: [tag: string, attr: string][] = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['iframe', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['use', 'href'],
  ['use', 'xlink:href'],
  ['image', 'href'],
  ['form', 'action'],
  ['blockquote', 'cite'],
  ['q', 'cite'],
];
const SRCSET_TAGS = new Set(['img', 'source']);
/** <meta property/name> whose content is a URL (social cards). */
const URL_META = new Set(['og:image', 'og:url', 'twitter:image']);

export interface LinkReport {
  checked: number;
  external: number;
  broken: string[];
}

/** Local stand-in origin for resolving relative links. */
const LOCAL = 'http://dist.invalid';

export function checkDistLinks(distDir: string, base: string, siteUrl: string): LinkReport {
  const files = htmlFiles(distDir);
  const idCache = new Map<string, Set<string>>();
  const idsIn = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set();
      for (const el of elementsOf(readFileSync(file, 'utf8'))) {
        if (el.attrs.id) ids.add(el.attrs.id);
        if (el.tag === 'a' && el.attrs.name) ids.add(el.attrs.name);
      }
      idCache.set(file, ids);
    }
    return ids;
  };
  const production = new URL(siteUrl);
  const report: LinkReport = { checked: 0, external: 0, broken: [] };

  const check = (from: string, fromPath: string, raw: string, what: string) => {
    const value = raw.trim();
    if (value === '' ) return void report.broken.push(`${from}: empty ${what}`);
    if (/^(mailto|tel|data|blob):/i.test(value)) return;
    if (/^javascript:/i.test(value)) return void report.broken.push(`${from}: ${what}="${value}" uses javascript:`);
    let url: URL;
    try {
      url = new URL(value, `${LOCAL}${fromPath}`);
    } catch {
      return void report.broken.push(`${from}: ${what}="${value}" is not a valid URL`);
    }
    const internal = url.origin === LOCAL || (url.origin === production.origin && url.pathname.startsWith(base));
    if (!internal) {
      report.external++;
      return;
    }
    report.checked++;
    const target = fileForPath(distDir, url.pathname, base);
    if (!target) return void report.broken.push(`${from}: ${what}="${value}" → ${url.pathname} has no file in dist/`);
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (!fragment || fragment === 'top' || fragment.startsWith(':~:')) return;
    if (!target.endsWith('.html')) return;
    if (!idsIn(target).has(fragment)) report.broken.push(`${from}: ${what}="${value}" → no element with id "${fragment}" in ${url.pathname}`);
  };

  for (const rel of files) {
    const file = join(distDir, rel);
    const fromPath = pathForFile(rel, base);
    const from = `dist/${rel}`;
    for (const el of elementsOf(readFileSync(file, 'utf8'))) {
      for (const [tag, attr] of URL_ATTRIBUTES) {
        if (el.tag === tag && el.attrs[attr] !== undefined) {
          // <link rel="preconnect|dns-prefetch"> name origins, not documents.
          if (tag === 'link' && /\b(preconnect|dns-prefetch)\b/.test(el.attrs.rel ?? '')) continue;
          check(from, fromPath, el.attrs[attr]!, `<${tag} ${attr}>`);
        }
      }
      if (SRCSET_TAGS.has(el.tag) && el.attrs.srcset) {
        for (const candidate of el.attrs.srcset.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) check(from, fromPath, url, `<${el.tag} srcset>`);
        }
      }
      if (el.tag === 'meta' && URL_META.has(el.attrs.property ?? el.attrs.name ?? '') && el.attrs.content) {
        check(from, fromPath, el.attrs.content, `<meta ${el.attrs.property ?? el.attrs.name}>`);
      }
      if (el.tag === 'style') checkCss(el.text, from, fromPath, check);
      if (el.attrs.style) checkCss(el.attrs.style, from, fromPath, check);
    }
  }
  for (const rel of filesEndingWith(distDir, '.css')) {
    checkCss(readFileSync(join(distDir, rel), 'utf8'), `dist/${rel}`, `${base}${rel}`, check);
  }
  return report;
}

function checkCss(css: string, from: string, fromPath: string, check: (from: string, fromPath: string, raw: string, what: string) => void) {
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) check(from, fromPath, m[2]!, 'CSS url()');
}
