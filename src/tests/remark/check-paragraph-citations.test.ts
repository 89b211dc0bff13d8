/** checkParagraphCitations: on topic and home pages, a paragraph with no citation mark fails unless it is in <Reading>. */
import { describe, expect, test } from 'vitest';
import { checkParagraphCitations } from '../../lib/remark/check-paragraph-citations';
import { parseMdx } from './parse';

const messages = (mdx: string) =>
  checkParagraphCitations(parseMdx(mdx)).map((p) => `${p.line}:${p.column} ${p.message}`);

describe('every paragraph cited or labelled', () => {
  test('an uncited paragraph fails at its line with expected and fix', () => {
    const [message, ...rest] = messages(
      '## Heading\n\nIndia pledged to stop buying Russian oil.\n\nTrump announced it.<Cite at="ankasam:13" />\n',
    );
    expect(rest).toEqual([]);
    expect(message).toMatch(
      /^3:1 paragraph with no citation \("India pledged to stop buying Russian oil\."\)\. Expected: at least one <Fig>, <When>, <Quote> or <Cite>/,
    );
    expect(message).toContain('Fix: cite every seed line');
  });

  test('any citation component counts: Fig, When, Quote or Cite', () => {
    expect(
      messages(
        'Rate: <Fig id="us-tariff-india-50" />.\n\nIn <When id="trump-returns-white-house" />.\n\nHe said <Quote at="aljazeera:5" text="lowest point" />.\n',
      ),
    ).toEqual([]);
  });

  test('paragraphs inside <Reading> are labelled and pass', () => {
    expect(messages('<Reading>\n\nThe dispute became a matter of pride.\n\nA second thought.\n\n</Reading>\n')).toEqual(
      [],
    );
  });

  test('uncited list items and paragraphs inside an <Aside> fail', () => {
    expect(messages('- **BrahMos.** India and Russia built it together.\n')).toHaveLength(1);
    expect(messages('<Aside title="Note">\n\nAn uncited claim.\n\n</Aside>\n')).toHaveLength(1);
  });

  test('a navigation item (a link to a page and a short description) is exempt; a long one is not', () => {
    expect(messages('- [US tariffs on India](tariffs/) — how the rate rose and fell.\n')).toEqual([]);
    const long = `- [US tariffs](tariffs/) — ${'word '.repeat(30)}\n`;
    expect(messages(long)).toHaveLength(1);
    expect(messages('- [Al Jazeera](https://example.org/) — a report.\n')).toHaveLength(1);
  });
});
