/** checkUncitedQuantities: digits and quantities in words outside citation components fail, wherever a reader sees them. */
import { describe, expect, test } from 'vitest';
import { checkUncitedQuantities } from '../../lib/remark/check-uncited-quantities';
import { parseMdx } from './parse';

const messages = (mdx: string) =>
  checkUncitedQuantities(parseMdx(mdx)).map((p) => `${p.line}:${p.column} ${p.message}`);

describe('quantities in words', () => {
  test.each([
    ['Then the US doubled the tariff.\n', 'doubled', '1:13'],
    ['India buys two million barrels a day.\n', 'two million', '1:12'],
    ['Russia supplies half of its arms.\n', 'half', '1:17'],
    ['Trade grew fivefold.\n', 'fivefold', '1:12'],
    ['It takes a third of its oil.\n', 'a third of', '1:10'],
    ['Tariffs reached fifty percent.\n', 'fifty percent', '1:17'],
  ])('%j fails at its position with a fix', (mdx, words, position) => {
    const [message, ...rest] = messages(mdx);
    expect(rest).toEqual([]);
    expect(message).toMatch(
      new RegExp(`^${position} uncited quantity in words "${words}": expected no quantity outside <Fig>`),
    );
    expect(message).toContain(`Fix: quote the source's words with <Quote at="seed:line" text="…${words}…"/>`);
  });

  test('counting words that state no quantity pass', () => {
    expect(
      messages('Modi was one of the first leaders to visit; the two leaders met, and the two countries agreed.\n'),
    ).toEqual([]);
  });

  test("inside a citation component the words are the source's and pass", () => {
    expect(messages('By August tariffs had <Quote at="kumdi:11" text="doubled" />.\n')).toEqual([]);
  });
});

describe('digits of any script', () => {
  test('"٥٠%" and "５０%" in prose fail like "50%"', () => {
    expect(messages('The tariff rose to ٥٠%.\n')[0]).toMatch(/^1:20 uncited number "٥٠%"/);
    expect(messages('The tariff rose to ５０%.\n')[0]).toMatch(/^1:20 uncited number "５０%"/);
  });
});

describe('every text a reader sees', () => {
  test('image alt text with an uncited "45%" fails (alt text is read aloud: it is prose)', () => {
    expect(messages('![The tariff rose to 45%](chart.png)\n')[0]).toMatch(
      /^1:1 uncited number "45%" in image alt text/,
    );
    expect(messages('![A tariff that doubled](chart.png)\n')[0]).toMatch(
      /uncited quantity in words "doubled" in image alt text/,
    );
  });

  test('JSX alt text and displayed attributes fail; identifying attributes do not', () => {
    expect(messages('<img src="a.png" alt="Tariffs at 50%" />\n')[0]).toMatch(/uncited number "50%" in <img> alt/);
    expect(messages('<Aside title="Why the rate doubled">Text</Aside>\n')[0]).toMatch(
      /quantity in words "doubled" in <Aside> title/,
    );
    expect(messages('<Aside title="Why the rate matters" tone="note">Text</Aside>\n')).toEqual([]);
  });

  test('digits in headings, list items, table cells and link text fail', () => {
    const found = messages('## The 2025 crisis\n\n- item 3\n\n| a |\n| - |\n| 7 |\n\n[page 9](x/)\n');
    expect(found.map((m) => m.split(' ')[0])).toEqual(['1:8', '3:8', '7:3', '9:7']);
  });
});

describe('messages and scripts', () => {
  test('the fix names the data folders as DATA_FILES has them, never a collection file that does not exist', () => {
    const [message] = messages('Tariffs reached 50% in August.\n');
    expect(message).toContain('a figure in content/data/figures/');
    expect(message).toContain('a date in content/data/events/');
    expect(message).not.toMatch(/figures\.yaml|events\.yaml/);
  });
  test('digits of any script are uncited numbers', () => {
    expect(messages('Tariffs reached ٥٠% in August.\n')).toEqual([expect.stringMatching(/^1:17 uncited number "٥٠%"/)]);
    expect(messages('Tariffs reached ５０% in August.\n')).toEqual([
      expect.stringMatching(/^1:17 uncited number "５０%"/),
    ]);
  });
});
