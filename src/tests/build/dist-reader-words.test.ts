/**
 * Reader words only (issue 18.5): no built page shows "seed" (the repository's word for a source
 * article) in visible text, alt text, aria-* attributes or SVG <title>/<desc>. The failure message
 * lists every offender, page by page, with the words around it, so content fixes can work from it.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project';
import { htmlFiles } from '../../scripts/lib/site-pages';
import { internalWordHits } from '../../lib/editorial/reader-text';

const DIST = join(ROOT, 'dist');

describe('built pages use reader words', () => {
  test('no page says "seed" where a reader sees or hears it', () => {
    const files = htmlFiles(DIST);
    expect(files.length, 'dist/ has pages: run "npm run build" first').toBeGreaterThan(0);
    const offenders = files.flatMap((file) =>
      internalWordHits(readFileSync(join(DIST, file), 'utf8')).map((hit) => `${file} [${hit.where}]: …${hit.context}…`),
    );
    expect(
      offenders,
      `"seed" reaches readers ${offenders.length} time(s); say "source", "article" or "line":\n${offenders.join('\n')}`,
    ).toEqual([]);
  });
});
