/**
 * No broken internal links or fragment anchors in the built site: linkinator follows every
 * href/src/srcset/meta URL and CSS url() inside the site and checks every #fragment against the
 * ids of its target page (src/scripts/lib/dist-links.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../config/site';
import { checkDistLinks } from '../../scripts/lib/dist-links';

const DIST = join(process.cwd(), 'dist');

describe('internal links in dist/', () => {
  it('every internal link and #fragment resolves', async () => {
    const report = await checkDistLinks(DIST, SITE.base, SITE.url);
    expect(report.checked, 'few internal links found: is dist/ built?').toBeGreaterThan(50); // unique URLs: linkinator checks each once (its fragments for every page that links them)
    expect(
      report.broken,
      `${report.broken.length} broken internal link(s):\n  - ${report.broken.join('\n  - ')}`,
    ).toEqual([]);
  });

  it('the checker catches a missing page, a missing fragment, a missing image, a CSS url() and a production-origin link to a missing fragment (so a pass means something)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><title>x</title><link rel="stylesheet" href="/s.css"><a href="a/#here">ok</a><a href="a/#gone">bad fragment</a><a href="/missing/">bad page</a><a href="https://example.org/">external</a><a href="https://site.example/a/#nope">production origin</a><a href="a/#:~:text=here">text fragment</a>',
      );
      writeFileSync(
        join(dir, 'a', 'index.html'),
        '<!doctype html><title>a</title><p id="here">here</p><img src="../pic.png" alt="">',
      );
      writeFileSync(join(dir, 's.css'), 'body { background: url(/bg.png) }');
      const report = await checkDistLinks(dir, '/', 'https://site.example');
      const broken = report.broken.join('\n');
      expect(report.external).toBe(1);
      expect(report.broken, broken).toHaveLength(5);
      expect(broken).toMatch(/#gone.*not found/);
      expect(broken).toMatch(/#nope.*not found/);
      expect(broken).toMatch(/\/missing\/ → HTTP 404|\/missing\/.*404/);
      expect(broken).toMatch(/\/pic\.png.*404/);
      expect(broken).toMatch(/\/bg\.png.*404/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
