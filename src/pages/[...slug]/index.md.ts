/** /<page>/index.md — each content page as Markdown, every citation a footnote with its source line and quote. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { allPages, type PageEntry } from '../../lib/collections/pages';
import { markdownTwinFor } from '../../lib/collections/markdown-twin';

export const getStaticPaths = (async () =>
  (await allPages()).map((entry) => ({
    params: { slug: entry.id === 'index' ? undefined : entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: PageEntry };
  return new Response(await markdownTwinFor(entry, readFileSync), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
