import { describe, expect, it } from 'vitest';
import { internalWordHits, readerTexts } from '../../lib/editorial/reader-text';

describe('reader text: what a reader sees or hears on a built page', () => {
  const page = `<html><head><title>Seeds page</title><style>.seed{}</style></head><body>
    <p>From the five seeds.</p><img alt="A seed chart" src="x.png">
    <a aria-label="Seed 2, line 4" href="#">[2]</a>
    <svg><title>Chart</title><desc>Drawn from seed lines</desc></svg>
    <script>const seed = 1;</script>
    <p>Seedling and reseeded are other words; <q>the seeds of the dispute</q> is a quotation.</p></body></html>`;

  it('finds "seed" in the title, visible text, alt, aria-* and SVG desc; not in scripts, styles, longer words', () => {
    expect(internalWordHits(page).map((h) => h.where)).toEqual(['text', 'text', 'alt', 'aria', 'svg title/desc']);
  });

  it('collects text with its place', () => {
    expect(readerTexts(page).filter((t) => t.where === 'aria')).toEqual([{ where: 'aria', text: 'Seed 2, line 4' }]);
  });

  it('passes a page in reader words', () => {
    expect(internalWordHits('<p>From the five articles, line 4.</p>')).toEqual([]);
  });
});
