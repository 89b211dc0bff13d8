/** /cite/<page>.bib — a page's BibTeX entry, for BibTeX and biblatex users to paste or import. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citablePages, type CitablePage } from '../../lib/collections/citable-pages';
import { pageCitationFiles } from '../../lib/collections/citations';

export const getStaticPaths = (async () =>
  (await citablePages()).map((page) => ({ params: { key: page.key }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(pageCitationFiles((props as { page: CitablePage }).page).bib, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
