/** /cite/<page>.ris — a page's RIS record, which Zotero, EndNote and Mendeley import. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citablePages, type CitablePage } from '../../lib/collections/citable-pages';
import { pageCitationFiles } from '../../lib/collections/citations';

export const getStaticPaths = (async () =>
  (await citablePages()).map((page) => ({ params: { key: page.key }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(pageCitationFiles((props as { page: CitablePage }).page).ris, {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
