/** /history/<page>/timemap.link: the page's Memento TimeMap (RFC 7089), listing its frozen versions. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { versionStore } from '../../../lib/versions/store';
import { historyPath, timemapPath, versionPath } from '../../../lib/versions/freeze';
import { timemap } from '../../../lib/versions/history';
import { absoluteUrl, withBase } from '../../../lib/site/urls';

export const getStaticPaths = (() =>
  Object.keys(versionStore().pages).map((path) => ({
    params: { page: historyPath(path).slice('history/'.length, -1) },
    props: { path },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const path = (props as { path: string }).path;
  const body = timemap({
    originalUrl: absoluteUrl(withBase(path)),
    selfUrl: absoluteUrl(withBase(timemapPath(path))),
    versionUrl: (date) => absoluteUrl(withBase(versionPath(date, path))),
    versions: versionStore().pages[path] ?? [],
  });
  return new Response(body, { headers: { 'Content-Type': 'application/link-format' } });
};
