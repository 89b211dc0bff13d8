/**
 * TimeMaps are served as `application/link-format` (RFC 7089): the rule in the built dist/_headers
 * covers every TimeMap address timemapPath() gives, nested pages included, and nothing else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timemapPath, historyPath } from '../../lib/versions/freeze';
import { versionStore } from '../../lib/versions/store';
import { ROOT } from '../helpers/project';
import { headersFor } from '../helpers/headers';

const dist = join(ROOT, 'dist');
const LINK_FORMAT = 'application/link-format';

/** Every built TimeMap, as a site path ("/history/tariffs/timemap.link"). */
function builtTimemaps(dir = join(dist, 'history')): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? builtTimemaps(join(dir, entry.name))
      : entry.name === 'timemap.link'
        ? [`/${relative(dist, join(dir, entry.name))}`]
        : [],
  );
}

describe('dist/_headers serves TimeMaps as application/link-format', () => {
  const file = readFileSync(join(dist, '_headers'), 'utf8');

  it('for the TimeMap of the home page, a topic page and a nested page', () => {
    for (const page of ['', 'tariffs/', 'sources/aljazeera/'])
      expect(headersFor(file, `/${timemapPath(page)}`).get('content-type'), `/${timemapPath(page)}`).toBe(LINK_FORMAT);
  });

  it('for every TimeMap the build wrote (one per page with frozen versions)', () => {
    const expected = Object.keys(versionStore(ROOT).pages).map((page) => `/${timemapPath(page)}`);
    expect(builtTimemaps().sort()).toEqual(expected.sort());
    for (const path of builtTimemaps()) expect(headersFor(file, path).get('content-type'), path).toBe(LINK_FORMAT);
  });

  it('and for nothing else: history pages and other pages keep the host’s own type', () => {
    for (const path of [`/${historyPath('tariffs/')}`, '/tariffs/', '/embed/tariff-rate/', '/history/tariffs/x.link'])
      expect(headersFor(file, path).has('content-type'), path).toBe(false);
  });

  it('keeps the site-wide headers on a TimeMap', () => {
    const headers = headersFor(file, `/${timemapPath('tariffs/')}`);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });
});
