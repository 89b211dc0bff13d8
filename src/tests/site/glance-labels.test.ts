/** The home card labels follow the one quantity rule (findQuantities): digits and quantities in words alike. */
import { expect, test } from 'vitest';
import { glanceProblems } from '../../lib/site/home';

const known = { figures: ['us-tariff-india-50'], events: [], charts: ['tariff-rate'] };
const glance = (label: string) => ({
  figures: [{ figure: 'us-tariff-india-50', label }],
  events: [],
  chart: 'tariff-rate',
});

test('a quantity in words in a card label is caught, with file, entry, expected, found and fix', () => {
  const [problem, ...rest] = glanceProblems(glance('US tariff on Indian goods doubled to its peak'), known);
  expect(rest).toEqual([]);
  expect(problem).toMatch(/^content\/pages\/index\.mdx frontmatter glance: label ".*" for us-tariff-india-50/);
  expect(problem).toContain('contains the quantity in words "doubled"');
  expect(problem).toMatch(/Expected a label without quantities.*Fix: /);
});

test('digits in any script are caught; names with digits pass', () => {
  expect(glanceProblems(glance('Tariff of ٥٠% at its peak'), known).join()).toContain('the number "٥٠%"');
  expect(glanceProblems(glance('Tariff of ５０% at its peak'), known).join()).toContain('the number "５０%"');
  expect(glanceProblems(glance('US H-1B work visas'), known)).toEqual([]);
});
