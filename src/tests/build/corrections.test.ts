/**
 * Corrections and the changelog as readers get them from dist/: a notice on every page a
 * correction names, every correction on /corrections/ with links to the cited lines, the Atom
 * feed linked and well-formed, and a changelog in plain words (no commit hashes or messages) that
 * the site search leaves out.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { ROOT } from '../helpers/project';
import { loadProject } from '../../lib/provenance/load';
import { correctionAnchor } from '../../lib/versions/corrections';
import { SITE } from '../../config/site';

const DIST = join(ROOT, 'dist');
const read = (path: string) => {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first (npm test does)`);
  return readFileSync(file, 'utf8');
};
const corrections = loadProject(ROOT).data.corrections!;

describe('corrections in the built site', () => {
  test.each(corrections.flatMap((c) => c.pages.map((p) => [p || '(home)', p, c.id] as const)))(
    '%s shows the notice for %s',
    (_label, path, id) => {
      const html = read(`${path}index.html`);
      const notice = /<details class="aside correction-notice[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
      expect(notice).toContain(`corrections/#${correctionAnchor(id)}`);
      expect(notice).toContain(corrections.find((c) => c.id === id)!.said.replace(/'/g, '&#39;'));
    },
  );

  test('a page no correction names shows no notice', () => {
    const named = new Set(corrections.flatMap((c) => c.pages));
    expect(named.has('trade/')).toBe(false);
    expect(read('trade/index.html')).not.toContain('correction-notice');
  });

  test('/corrections/ lists every correction under its permanent anchor and links the feed', () => {
    const html = read('corrections/index.html');
    for (const c of corrections) {
      expect(html).toContain(`id="${correctionAnchor(c.id)}"`);
      for (const ref of c.refs) expect(html).toContain(`${SITE.base}sources/${ref.seed}/#L${ref.line}`);
    }
    expect(html).toContain(`<link rel="alternate" type="application/atom+xml" href="${SITE.base}corrections.xml"`);
  });

  test('/corrections.xml is well-formed Atom with one entry per correction', () => {
    let entries = 0;
    let root = '';
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => {
      if (!root) root = `${tag.uri} ${tag.local}`;
      if (tag.local === 'entry') entries++;
    });
    parser.write(read('corrections.xml')).close();
    expect(root).toBe('http://www.w3.org/2005/Atom feed');
    expect(entries).toBe(corrections.length);
  });

  test('the changelog is in plain words: no commit hashes or links, and it is left out of the search index', () => {
    const html = read('changelog/index.html');
    expect(html).not.toMatch(/\/commit\/[0-9a-f]{7,}/);
    expect(html).not.toMatch(/>[0-9a-f]{7}</);
    expect(html).not.toContain('data-pagefind-body');
    for (const c of corrections) expect(html).toContain(`corrections/#${correctionAnchor(c.id)}`);
  });

  test('the About page states the corrections policy and links the list', () => {
    const html = read('about/index.html');
    expect(html).toMatch(/<h2[^>]*>Corrections policy/);
    expect(html).toContain(`href="../corrections/"`);
  });
});
