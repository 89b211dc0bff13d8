/** checkCodePolicy: imports only from the barrel, no exports or expressions, only the barrel's components. */
import { describe, expect, test } from 'vitest';
import { checkCodePolicy } from '../../lib/remark/check-code-policy';
import { COMPONENT_BARREL, componentsFor, HOME_COMPONENTS, MDX_COMPONENTS } from '../../lib/remark/mdx-tree';
import { parseMdx } from './parse';

const messages = (mdx: string) => checkCodePolicy(parseMdx(mdx)).map((p) => `${p.line}:${p.column} ${p.message}`);

describe('code policy', () => {
  test('importing node:fs fails with a clear message', () => {
    expect(messages("import fs from 'node:fs'\n\nText.\n")[0]).toMatch(
      /^1:1 MDX may import only from "~\/components\/mdx" \(received import from "node:fs"\)/,
    );
  });

  test('the barrel passes; exports and expressions fail; comments pass', () => {
    expect(messages(`import { Fig } from '${COMPONENT_BARREL}'\n`)).toEqual([]);
    expect(messages('export const x = 1\n')[0]).toMatch(/may not export/);
    expect(messages('Total: {40 + 5}\n')[0]).toMatch(/expressions \{…\} are not allowed/);
    expect(messages('{/* a maintainer note */}\n')).toEqual([]);
  });

  test('the allowed components are read from the barrel, including <Reading>', () => {
    expect([...MDX_COMPONENTS].sort()).toEqual(['Aside', 'Chart', 'Cite', 'Fig', 'Quote', 'Reading', 'When']);
    expect(messages('<Reading>\n\nOur view.\n\n</Reading>\n')).toEqual([]);
    expect(messages('<Script />\n')[0]).toMatch(
      /<Script> is not a component this site provides. Expected one of: .*Reading/,
    );
  });

  test('the home route provides the prose components: <Reading> passes there, <Chart> fails with a fix', () => {
    expect([...HOME_COMPONENTS].sort()).toEqual(['Aside', 'Cite', 'Fig', 'Quote', 'Reading', 'When']);
    const home = (mdx: string) => checkCodePolicy(parseMdx(mdx), componentsFor('home')).map((p) => p.message);
    expect(home('<Reading>\n\nOur view.\n\n</Reading>\n')).toEqual([]);
    expect(home('<Chart id="tariff-rate" />\n')).toEqual([
      expect.stringMatching(/^<Chart> is not a component this page's route provides .*Expected one of: .*Fix: /),
    ]);
    expect(componentsFor('topic')).toBe(MDX_COMPONENTS);
  });
});
