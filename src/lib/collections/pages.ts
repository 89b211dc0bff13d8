/** Topic pages from content/pages/, rendered with the MDX components and their note lists. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { PageNote } from '../provenance/citations';

export type PageEntry = CollectionEntry<'pages'>;

export async function allPages(): Promise<PageEntry[]> {
  return (await getCollection('pages')).sort((a, b) => a.data.order - b.data.order);
}

/** Render a page; the remark check put its numbered notes in the frontmatter it returns. */
export async function renderPage(entry: PageEntry) {
  const rendered = await render(entry);
  const notes = (rendered.remarkPluginFrontmatter as { citations?: PageNote[] }).citations;
  if (!Array.isArray(notes)) {
    throw new Error(
      `Page "${entry.id}" rendered without citation notes; is remarkProvenanceCheck configured in astro.config.mjs?`,
    );
  }
  return { ...rendered, notes };
}
