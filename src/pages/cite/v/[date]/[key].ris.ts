/**
 * /cite/v/<date>/<page>.ris — the RIS record of a page's permanent version of that date (one per
 * version in public/v/versions.json; none before the first release). Linked from the live page's
 * "Cite this version" and from the frozen page itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citablePages } from '../../../../lib/collections/citable-pages';
import { versionStore } from '../../../../lib/versions/store';
import { allVersions, versionCitationFiles } from '../../../../lib/versions/citations';

type Props = ReturnType<typeof allVersions>[number];

export const getStaticPaths = (async () =>
  allVersions(versionStore(), await citablePages()).map(({ page, version }) => ({
    params: { date: version.date, key: page.key },
    props: { page, version },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { page, version } = props as Props;
  return new Response(versionCitationFiles(page, version).ris, {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
};
