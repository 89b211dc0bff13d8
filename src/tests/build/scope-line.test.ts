/**
 * Scope at a glance (issue 18.6): every built page says, near the top, how many articles the site
 * rests on and the newest month they reach, linked to /sources/; topic pages label their edit date
 * as the page's and say where the sources end.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project';
import { htmlFiles } from '../../scripts/lib/site-pages';
import { loadDataset } from '../../lib/provenance/load';
import { sourcesScope } from '../../lib/site/scope';

const DIST = join(ROOT, 'dist');
const scope = sourcesScope(loadDataset(ROOT).sources);

describe('the scope line', () => {
  test('every page has it in the header, linked to the sources page', () => {
    // Embeds (EmbedLayout) are a bare chart for other sites' frames, without the site's header.
    const missing = htmlFiles(DIST).filter((file) => {
      // Frozen versions (v/) are the pages as they were on release day, with links made relative
      // (src/tests/build/versions.test.ts checks them).
      if (file.startsWith('embed/') || file.startsWith('v/')) return false;
      const html = readFileSync(join(DIST, file), 'utf8');
      const line = html.match(/<p class="scope-line"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '';
      return !(
        line.includes(`href="/sources/">${scope.countWord} articles</a>`) &&
        line.includes(scope.newestMonth) &&
        scope.contentFarms.every((name) => line.includes(name)) &&
        html.indexOf('class="scope-line"') < html.indexOf('<main')
      );
    });
    expect(missing, 'pages without the scope line before <main>').toEqual([]);
  });

  test('a topic page calls its date the page’s edit date, beside where the sources end', () => {
    const html = readFileSync(join(DIST, 'tariffs/index.html'), 'utf8');
    expect(html).toMatch(/Page last edited <time[^>]*>[^<]+<\/time>/);
    expect(html).toContain(`sources end ${scope.newestMonth}</a>`);
  });
});
