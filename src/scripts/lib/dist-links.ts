/**
 * Link checker over a built site, done by linkinator (a kept library, not our own crawler):
 * it serves dist/ on a local port, follows every link from every page (href, src, srcset, meta
 * URLs, CSS url() and @import), and checks each #fragment against the ids of the page it points
 * to. Links to the production origin (canonical, og:image…) are checked against the local copy;
 * links to other sites are only counted, so the check runs offline.
 *
 * Node-only, no project imports (run by Node's own TypeScript support in src/scripts/).
 */
import { LinkChecker, LinkState } from 'linkinator';
import { freePort } from './preview-server.ts';

export interface LinkReport {
  checked: number;
  external: number;
  broken: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function checkDistLinks(distDir: string, base: string, siteUrl: string): Promise<LinkReport> {
  const port = await freePort();
  const local = `http://127.0.0.1:${port}`;
  const production = new URL(siteUrl).origin;
  const result = await new LinkChecker().check({
    path: distDir,
    port,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 32,
    // `#top` is the browser's own target; `#:~:text=` is a text fragment (search passage links).
    fragmentsToSkip: ['^top$', '^:~:'],
    // The build links to the production origin and the base path; both are this dist/ folder.
    urlRewriteExpressions: [
      { pattern: new RegExp(`^${escape(production)}${escape(base)}`), replacement: `${local}/` },
      ...(base === '/' ? [] : [{ pattern: new RegExp(`^${escape(local)}${escape(base)}`), replacement: `${local}/` }]),
    ],
    linksToSkip: async (link) => /^https?:\/\//.test(link) && !link.startsWith(local) && !link.startsWith(production),
  });
  const report: LinkReport = { checked: 0, external: 0, broken: [] };
  const where = (url: string | undefined) => (url ?? '').replace(distDir, 'dist').replace(local, '');
  for (const link of result.links) {
    if (link.state === LinkState.SKIPPED) {
      if (/^https?:\/\//.test(link.url)) report.external++;
      else if (/^javascript:/i.test(link.url))
        report.broken.push(`${where(link.parent)}: link "${link.url}" uses javascript:`);
      continue;
    }
    report.checked++;
    if (link.state !== LinkState.BROKEN) continue;
    const detail = link.failureDetails
      ?.map((d) => (d instanceof Error ? d.message : (d as { message?: string }).message))
      .find(Boolean);
    report.broken.push(`${where(link.parent)}: ${where(link.url)} → ${detail ?? `HTTP ${link.status ?? '?'}`}`);
  }
  return report;
}
