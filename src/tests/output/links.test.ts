/**
 * No broken internal links or fragment anchors in the built site: every href/src/srcset inside
 * the site resolves to a file in dist/, and every #fragment names an id in its target page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../config/site';
import { checkDistLinks } from '../../scripts/lib/dist-links';

const DIST = join(process.cwd(), 'dist');

describe('internal links in dist/', () => {
  it('every internal link and #fragment resolves', () => {
    const report = checkDistLinks(DIST, SITE.base, SITE.url);
    expect(report.checked, 'no internal links found: is dist/ built?').toBeGreaterThan(0);
    expect(report.broken, `${report.broken.length} broken internal link(s):\n  - ${report.broken.join('\n  - ')}`).toEqual([]);
  });

  it('the checker catches a missing page and a missing fragment (so a pass means something)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title><a href="a/#here">ok</a><a href="a/#gone">bad fragment</a><a href="/missing/">bad page</a><a href="https://example.org/">external</a>');
      writeFileSync(join(dir, 'a', 'index.html'), '<!doctype html><title>a</title><p id="here">here</p><img src="../pic.png" alt="">');
      const report = checkDistLinks(dir, '/', 'https://site.example');
      expect(report.external).toBe(1);
      expect(report.broken).toHaveLength(3);
      expect(report.broken.join('\n')).toMatch(/no element with id "gone"/);
      expect(report.broken.join('\n')).toMatch(/\/missing\/ has no file/);
      expect(report.broken.join('\n')).toMatch(/\/pic\.png has no file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
