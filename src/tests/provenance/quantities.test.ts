/** Quantities written in digits or words are found; counting words that state no quantity are not. */
import { describe, expect, test } from 'vitest';
import { findQuantities, quantityInQuotes } from '../../lib/provenance/quantities';
import { numbersIn } from '../../lib/provenance/text';

const texts = (text: string) => findQuantities(text).map((q) => q.text);

describe('findQuantities', () => {
  test.each([
    ['India imports two million barrels a day', ['two million']],
    ['fifty percent of its oil', ['fifty percent']],
    ['half of its arms', ['half']],
    ['Trump doubled the tariff', ['doubled']],
    ['the doubling of the rate', ['doubling']],
    ['trade grew fivefold', ['fivefold']],
    ['trade grew three-fold', ['three-fold']],
    ['a third of its imports', ['a third of']],
    ['two-thirds of its arms', ['two-thirds']],
    ['six months after January', ['six months']],
    ['twenty-five per cent', ['twenty-five per cent']],
    ['millions of barrels', ['millions']],
    ['The tariff was 45% last year', ['45%']],
    ['The tariff was ٤٥% last year', ['٤٥%']],
    ['The tariff was ４５% last year', ['４５%']],
  ])('"%s" → %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test.each([
    'one of the first leaders to visit',
    'the two leaders met',
    'a third country',
    'on behalf of India',
    'the S-400 and the AK-203',
    'Trump 2.0',
    'the second term',
    'the two countries agreed',
    'one day India may choose',
  ])('"%s" states no quantity', (text) => {
    expect(texts(text)).toEqual([]);
  });

  test('offsets point at the text as written', () => {
    const [q] = findQuantities('It doubled.');
    expect(q).toMatchObject({ index: 3, text: 'doubled', kind: 'words' });
  });
});

describe('quantityInQuotes', () => {
  test('digits match by value, words by the same words', () => {
    const [digits] = findQuantities('a 50% tariff');
    const [words] = findQuantities('it doubled');
    expect(quantityInQuotes(digits!, ['doubled to 50%'])).toBe(true);
    expect(quantityInQuotes(digits!, ['raised to 25%'])).toBe(false);
    expect(quantityInQuotes(words!, ['by August, tariffs had doubled to 50%'])).toBe(true);
    expect(quantityInQuotes(words!, ['raised to 50%'])).toBe(false);
    expect(quantityInQuotes(findQuantities('the doubling')[0]!, ['tariffs doubled'])).toBe(true);
    expect(quantityInQuotes(findQuantities('two million')[0]!, ['two barrels, a million times'])).toBe(false);
  });
  test('digits of any script are the same number: "٥٠%" is stated by "50%" and no other', () => {
    const [arabic] = findQuantities('a ٥٠% tariff');
    expect(quantityInQuotes(arabic!, ['doubled to 50%'])).toBe(true);
    expect(quantityInQuotes(arabic!, ['raised to 25%'])).toBe(false);
    expect(numbersIn('٥٠% and ５０ and 𝟓𝟎')).toEqual([50, 50, 50]);
  });
});

describe('numbers in any script', () => {
  test('digits of any script are numbers to the quantity finder', () => {
    expect(findQuantities('a tariff of ٥٠% on goods').map((q) => q.text)).toEqual(['٥٠%']);
    expect(findQuantities('a tariff of ５０% on goods').map((q) => q.text)).toEqual(['５０%']);
    expect(findQuantities('५० प्रतिशत').map((q) => q.kind)).toEqual(['digits']);
  });
  test('numbersIn reads each script as its value, so the verifier and the data-prose check match them', () => {
    expect(numbersIn('٥٠% to １８% and ५०')).toEqual([50, 18, 50]);
    expect(numbersIn('𝟓𝟎 and 𝟙𝟠')).toEqual([50, 18]);
    expect(quantityInQuotes(findQuantities('٥٠%')[0]!, ['raised to 50%'])).toBe(true);
    expect(quantityInQuotes(findQuantities('٥١%')[0]!, ['raised to 50%'])).toBe(false);
  });
});
