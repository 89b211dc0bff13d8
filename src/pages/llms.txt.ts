/**
 * /llms.txt (https://llmstxt.org/): what this site is, its pages as Markdown twins (each citation a
 * footnote with source, line and quote), the pages built from data, and the dataset files.
 */
import type { APIRoute } from 'astro';
import { SITE } from '../config/site';
import { citablePages } from '../lib/collections/citable-pages';
import { allPages } from '../lib/collections/pages';
import { datasetFiles } from '../lib/collections/dataset';
import { absoluteUrl, markdownTwinHref, withBase } from '../lib/site/urls';

export const GET: APIRoute = async () => {
  const pages = await allPages();
  const item = (title: string, href: string, note: string) => `- [${title}](${absoluteUrl(href)}): ${note}`;
  const reference = (await citablePages()).filter(
    (page) => !pages.some((p) => (p.id === 'index' ? '' : `${p.id}/`) === page.path),
  );
  const text = [
    `# ${SITE.name}`,
    '',
    `> ${SITE.description}`,
    '',
    'The site rests on exactly five source documents. Every number, date and quotation links to the source line that states it, and a build-time check proves the quoted words are on that line. The Markdown pages below keep that provenance: each citation is a footnote naming the source, the line and the quoted words, with a link to the line. Attribute claims to the source that makes them, as the pages do.',
    '',
    `Licence: ${SITE.licence.name} (${SITE.licence.url}).`,
    '',
    '## Pages (Markdown, with source footnotes)',
    '',
    ...pages.map((p) => item(p.data.title, markdownTwinHref(p.id), p.data.description)),
    '',
    '## Data',
    '',
    ...datasetFiles().flatMap((f) => [
      item(`${f.name}.csv`, f.csv, f.description),
      item(`${f.name}.json`, f.json, `${f.description} Same rows as JSON.`),
    ]),
    '',
    '## Optional',
    '',
    ...reference.map((page) => item(page.title, withBase(page.path), page.description)),
    '',
  ].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
