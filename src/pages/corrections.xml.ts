/** /corrections.xml: the corrections as an Atom feed (src/lib/versions/atom.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE } from '../config/site';
import { correctionsAtom } from '../lib/versions/atom';
import { correctionAnchor } from '../lib/versions/corrections';
import { pageTitles } from '../lib/versions/page-titles';
import { absoluteUrl, withBase } from '../lib/site/urls';
import { buildDate } from '../lib/cite/git';

export const GET: APIRoute = async () => {
  const titles = await pageTitles();
  const xml = correctionsAtom(
    (await getCollection('corrections')).map((e) => e.data),
    {
      title: `Corrections — ${SITE.name}`,
      author: SITE.author,
      feedUrl: absoluteUrl(withBase('corrections.xml')),
      listUrl: absoluteUrl(withBase('corrections/')),
      entryUrl: (c) => absoluteUrl(withBase(`corrections/#${correctionAnchor(c.id)}`)),
      page: (path) => ({ url: absoluteUrl(withBase(path)), title: titles.get(path) ?? path }),
      fallbackUpdated: buildDate().toISOString(),
    },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
