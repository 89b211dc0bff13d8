/** <Chart id="…"/> in MDX: allowed by the provenance check, and only with a chart id that exists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { checkTree, MDX_COMPONENTS } from '../../lib/remark/provenance-check';
import { loadProject } from '../../lib/provenance/load';

const project = loadProject(process.cwd());
const check = (mdx: string) =>
  checkTree(unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root, project).problems.map((p) => p.message);

describe('<Chart> in MDX', () => {
  it('is in the component barrel and in the list the provenance check allows', () => {
    const barrel = readFileSync(join(process.cwd(), 'src/components/mdx/index.ts'), 'utf8');
    expect(barrel).toMatch(/export \{ default as Chart \} from '\.\/Chart\.astro';/);
    expect(MDX_COMPONENTS).toContain('Chart');
  });

  it('accepts a chart that exists', () => {
    expect(check('Some prose.\n\n<Chart id="tariff-rate" />\n')).toEqual([]);
  });

  it('rejects a chart id that does not exist, naming the ones that do', () => {
    const problems = check('<Chart id="tariff-rates" />\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('no such chart');
    expect(problems[0]).toContain('tariff-rate');
  });

  it('rejects a chart id given as an expression', () => {
    expect(check('<Chart id={"tariff-rate"} />\n')[0]).toContain('must be a plain string');
  });

  it('the tariffs page places the tariff chart', () => {
    expect(readFileSync(join(process.cwd(), 'content/pages/tariffs.mdx'), 'utf8')).toContain(
      '<Chart id="tariff-rate" />',
    );
  });
});
