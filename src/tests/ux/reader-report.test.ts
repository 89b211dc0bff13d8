import { describe, expect, it } from 'vitest';
import { doubledMarks, markedText, measurePage, sentencesOf } from '../../lib/editorial/reader-report';

const mark = (n: number) =>
  `<sup class="cite"><a href="#s${n}" aria-label="Source ${n}">[${n}]</a>` +
  '<span class="cite-preview" hidden>quote text</span></sup>';
const page = (body: string) =>
  `<html><body><header><nav>Menu</nav></header><main>${body}` +
  '<section class="source-list"><p>Al Jazeera says many words here.</p></section></main></body></html>';

describe('reader report measures', () => {
  it('reads the running text of <main> with marks as tokens, skipping previews and the source list', () => {
    expect(markedText(page(`<p>The tariff rose to 25%${mark(2)}.</p>`)).trim()).toBe('The tariff rose to 25%⟦2⟧.');
  });

  it('counts the same mark twice in a sentence, also either side of its full stop', () => {
    expect(doubledMarks('It rose in February 2025⟦2⟧.⟦2⟧ Then it fell.')).toBe(1);
    expect(doubledMarks('It rose⟦2⟧ and rose⟦2⟧ again.')).toBe(1);
    expect(doubledMarks('It rose⟦2⟧. It fell⟦2⟧.')).toBe(0);
  });

  it('splits sentences after marks', () => {
    expect(sentencesOf('One claim⟦1⟧. Another claim.')).toEqual(['One claim⟦1⟧.', 'Another claim.']);
  });

  it('measures marks and attributions per 100 words, long sentences and "seed"', () => {
    const long = Array.from({ length: 45 }, () => 'word').join(' ');
    const m = measurePage(page(`<p>Al Jazeera reports that it rose${mark(1)}. ${long}.</p><p>From the seeds.</p>`));
    expect(m.words).toBe(54);
    expect(m.marks).toBe(1);
    expect(m.attributions).toBe(1);
    expect(m.marksPer100).toBe(1.9);
    expect(m.longSentences).toBe(1);
    expect(m.seedWords).toBe(1);
  });
});
