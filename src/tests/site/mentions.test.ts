import { describe, expect, it } from 'vitest';
import { namesIn, pagesMentioning } from '../../lib/site/mentions';

const pages = [
  { id: 'a', title: 'A', body: 'India joined the [SCO](../glossary/#sco) summit.' },
  { id: 'b', title: 'B', body: 'The Shanghai Cooperation Organization met in Tianjin.' },
  { id: 'c', title: 'C', body: 'SCOTLAND is not the SCO-like thing; nothing here.' },
];

describe('pagesMentioning', () => {
  it('finds pages by anchor link or by whole-word name, not by substrings', () => {
    const found = pagesMentioning(pages, 'glossary/#sco', namesIn('SCO (Shanghai Cooperation Organization)'));
    expect(found.map((p) => p.id)).toEqual(['a', 'b']);
  });
  it('returns nothing when no page mentions the term', () => {
    expect(pagesMentioning(pages, 'glossary/#quad', ['Quad'])).toEqual([]);
  });
});
