/**
 * The downloadable chart files (/charts/<id>.svg and .narrow.svg, src/lib/charts/standalone.ts with
 * the site's context from src/lib/site/chart-file.ts, as src/lib/collections/charts.ts serves them)
 * from the real chart data: each carries its licence and credit, visible and in RDF, and draws
 * inside its own box in DejaVu Sans. The text widths the layout uses (src/lib/charts/text.ts) are
 * checked against what resvg actually sets.
 */
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { chartFileSvg } from '../../lib/charts/standalone';
import { chartFileContext } from '../../lib/site/chart-file';
import { textWidth, wrap } from '../../lib/charts/text';
import { SITE } from '../../config/site';
import { overflow, renderedTextWidth } from '../helpers/svg-fit';
import { chartIds, model } from './helpers';

/** The text of every visible caption line, in order, entities decoded. */
const captionText = (svg: string) =>
  [...svg.matchAll(/<text class="file-caption"[^>]*>([^<]*)<\/text>/g)]
    .map(([, text]) => text!.replace(/&amp;/g, '&'))
    .join(' ');

describe.each(chartIds)('the downloadable file of chart %s', (id) => {
  describe.each(['narrow', 'wide'] as const)('%s', (layout) => {
    const { svg, width } = chartFileSvg(model(id), layout, chartFileContext(id));

    it('is well-formed XML', () => {
      const parser = new SaxesParser({ xmlns: true });
      expect(() => parser.write(svg).close()).not.toThrow();
    });

    it('shows the credit, the site’s address and the licence under the drawing', () => {
      const caption = captionText(svg);
      expect(caption).toContain(SITE.author);
      expect(caption).toContain(`${SITE.url}${SITE.base}`);
      expect(caption).toContain(`Licensed ${SITE.licence.name}: ${SITE.licence.url}`);
    });

    it('states the licence in RDF (ccREL) metadata', () => {
      const metadata = /<metadata>([\s\S]*)<\/metadata>/.exec(svg)?.[1] ?? '';
      expect(metadata).toContain(`<cc:license rdf:resource="${SITE.licence.url}"/>`);
      expect(metadata).toContain(`<cc:attributionName>${SITE.author}</cc:attributionName>`);
      expect(metadata).toMatch(new RegExp(`<cc:Work rdf:about="https?://[^"]+/charts/#chart-${id}">`));
    });

    it(`draws nothing outside its ${layout === 'narrow' ? 320 : 640} px width in DejaVu Sans`, () => {
      expect(width).toBe(layout === 'narrow' ? 320 : 640);
      expect(overflow(svg)).toEqual([]);
    });
  });
});

describe('overflow() catches a file that runs past its edge', () => {
  it('names the text that does not fit', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="40"><rect width="100%" height="100%" fill="#fff"/>' +
      '<text x="8" y="20" font-size="14">India, as Trump announced · 3 February 2026 and then some</text></svg>';
    expect(overflow(svg)).toEqual([
      expect.stringMatching(/^text "India, as Trump.*" spans \d+–\d{3} px, past the 0–320 px width$/),
    ]);
  });
  it('and a shape past the left edge', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><circle cx="5" cy="20" r="10"/></svg>';
    expect(overflow(svg)).toHaveLength(1);
  });
});

describe('textWidth measures DejaVu Sans as resvg sets it', () => {
  const samples = [
    'India, as Trump announced · 3 February 2026',
    'US tariff on Indian goods: 50% (August 2025)',
    'https://india-russia-us.github.io/charts/#chart-tariff-rate',
    'WWW mmm iii 1234567890 —–‘’“”',
  ];
  it.each([false, true])('bold %s: never narrower than drawn, at most 3% wider', (bold) => {
    for (const text of samples) {
      const drawn = renderedTextWidth(text, 14, bold);
      const measured = textWidth(text, 14, bold);
      expect(measured, text).toBeGreaterThanOrEqual(drawn - 1);
      expect(measured, text).toBeLessThanOrEqual(drawn * 1.03 + 1);
    }
  });
  it('wrap keeps every line within the width, breaking a long URL after a slash', () => {
    const lines = wrap(`Chart and data with every quote: ${samples[2]}`, 150, 12);
    for (const line of lines) expect(textWidth(line, 12), line).toBeLessThanOrEqual(150);
    expect(lines.join(' ').replace(/ /g, '')).toBe(`Chart and data with every quote:${samples[2]}`.replace(/ /g, ''));
    expect(lines.at(-1)).toMatch(/^[^/]*$/);
  });
});
