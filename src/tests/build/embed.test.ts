/**
 * Embeddable charts: an embed page per chart with the chart, caption, sources and a link back but
 * no site header or navigation; a copyable <iframe> snippet under every chart on the site; and
 * public/_headers that lets /embed/* be framed while every other page keeps frame-ancestors 'none'.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../lib/provenance/load';
import { ROOT } from '../helpers/project';
import { headersFor } from '../helpers/headers';
import { EMBED_SNIPPET_HEIGHT } from '../../lib/site/embed';

const charts = (loadProject(ROOT).data.charts ?? []).map((c) => c.id);

describe('public/_headers', () => {
  const file = readFileSync(join(ROOT, 'public/_headers'), 'utf8');
  it('forbids framing every ordinary page', () => {
    for (const path of ['/', '/tariffs/', '/charts/', '/embedded-elsewhere/']) {
      const headers = headersFor(file, path);
      expect(headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
  it('lets any site frame the chart embeds, keeping the rest of the policy', () => {
    const headers = headersFor(file, '/embed/tariff-rate/');
    expect(headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    expect(headers.get('content-security-policy')).toMatch(/object-src 'none'/);
    expect(headers.has('x-frame-options')).toBe(false);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });
  it('headersFor reads a detach only under its own rule', () => {
    expect(headersFor('/*\n  A: 1\n/x/*\n  ! A\n', '/y/').get('a')).toBe('1');
    expect(headersFor('/*\n  A: 1\n/x/*\n  ! A\n', '/x/z').has('a')).toBe(false);
  });
});

const dist = join(ROOT, 'dist');
describe.runIf(existsSync(join(dist, 'embed')))('built embeds', () => {
  it.each(charts)('/embed/%s/ has the chart, caption, sources and a link back, without site navigation', (id) => {
    const html = readFileSync(join(dist, 'embed', id, 'index.html'), 'utf8');
    expect(html).toContain(`data-chart="${id}"`);
    expect(html).toContain('<figcaption');
    expect(html).toMatch(/class="chart-source-link" href="[^"]*\/sources\//);
    expect(html).toMatch(new RegExp(`href="[^"]*/charts/#chart-${id}"`));
    expect(html).not.toMatch(/<header|<nav|class="site-footer"|class="site-name"/);
    expect(html, 'a <base target> would send the skip link and #anchors out of the frame').not.toContain('<base');
    expect(html).not.toContain('class="chart-embed"');
  });

  it.each(charts)('/embed/%s/: every link is an in-page anchor or opens a new tab (src/lib/site/embed.ts)', (id) => {
    const html = readFileSync(join(dist, 'embed', id, 'index.html'), 'utf8');
    const links = [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>/g)];
    expect(links.length).toBeGreaterThan(10);
    const inPage = links.filter(([, href]) => href!.startsWith('#')).map(([, href]) => href);
    expect(inPage).toEqual(expect.arrayContaining(['#main', `#chart-${id}`]));
    for (const [tag, href] of links) {
      if (href!.startsWith('#')) expect(tag, href).not.toMatch(/\btarget=/);
      else
        expect(tag, href).toMatch(
          /\btarget="_blank"[^>]*\brel="[^"]*\bnoopener\b|\brel="[^"]*\bnoopener\b[^"]*"[^>]*\btarget="_blank"/,
        );
    }
  });

  it('every chart shown on the site offers a copyable iframe snippet for its embed page', () => {
    const pages = [
      'charts/index.html',
      ...readdirSync(join(ROOT, 'content/pages'))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => (f === 'index.mdx' ? 'index.html' : `${f.replace(/\.mdx$/, '')}/index.html`)),
    ];
    let seen = 0;
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      for (const [, id] of html.matchAll(/<section class="chart" data-chart="([^"]+)"/g)) {
        seen++;
        const snippet = new RegExp(
          `<pre class="cite-text" id="embed-${id}">&lt;iframe src=&quot;https?://[^&]+/embed/${id}/&quot; title=&quot;` +
            `[^<]+ height=&quot;${EMBED_SNIPPET_HEIGHT}&quot;`,
        );
        expect(html, `${page} chart ${id}`).toMatch(snippet);
        expect(html, `${page} copy button for ${id}`).toContain(`data-copy="embed-${id}"`);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(charts.length);
  });
});
