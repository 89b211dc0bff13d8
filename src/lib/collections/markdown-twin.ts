/** Markdown twins as the site serves them: the page's MDX, the project data, absolute URLs, git dates. */
import { join } from 'node:path';
import { projectFor } from '../provenance/load';
import { pageVersion } from './citations';
import { isoDay } from '../cite/git';
import { getSource, sourceLabel } from './data';
import { markdownTwin } from '../site/markdown-twin';
import type { PageEntry } from './pages';
import { absoluteUrl, chartHref, figureHref, pageHref, sourceLineHref } from '../site/urls';

export async function markdownTwinFor(
  entry: PageEntry,
  read: (path: string, encoding: 'utf8') => string,
): Promise<string> {
  const root = process.cwd();
  const project = projectFor(root);
  const version = pageVersion(entry, pageHref(entry.id));
  const names = new Map(
    await Promise.all(project.data.sources.map(async (s) => [s.id, sourceLabel(await getSource(s.id))] as const)),
  );
  return markdownTwin(
    read(join(root, version.file), 'utf8'),
    {
      title: entry.data.title,
      description: entry.data.description,
      url: version.canonical,
      updated: isoDay(version.history.updated),
      file: version.file,
      glance: entry.data.glance,
    },
    project,
    {
      sourceName: (seed) => names.get(seed) ?? seed,
      lineUrl: (seed, line) => absoluteUrl(sourceLineHref(seed, line)),
      figureUrl: (id) => absoluteUrl(figureHref(id)),
      chartUrl: (id) => absoluteUrl(chartHref(id)),
    },
  );
}
