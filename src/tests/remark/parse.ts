/** Parse MDX the way the build does (remark-parse + GFM + MDX), for the check tests. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

export function parseMdx(mdx: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as Root;
}
