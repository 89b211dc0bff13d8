/** One social card per page of the `pages` collection, plus "site" for every other page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allPages } from '../../lib/collections/pages';
import { renderCard } from '../../lib/site/og-card';
import { SITE } from '../../config/site';

export const getStaticPaths = (async () => {
  const pages = await allPages();
  return [
    ...pages.map((p) => ({ params: { slug: p.id }, props: { title: p.data.title, description: p.data.description } })),
    { params: { slug: 'site' }, props: { title: SITE.shortName, description: SITE.description } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { title, description } = props as { title: string; description: string };
  const png = await renderCard({ title, description, siteName: SITE.name });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
