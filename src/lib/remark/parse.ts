/**
 * MDX text to an mdast tree, the way the build reads pages (remark-parse, GFM, MDX), with a leading
 * frontmatter block blanked so line numbers stay true. The coverage report, the Markdown twin and
 * the readability count all parse pages here.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

/** Blank out a leading YAML frontmatter block, keeping the line count so positions stay true. */
export function stripFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return text;
  const blanked = match[0].replace(/[^\n]/g, '');
  return blanked + text.slice(match[0].length);
}

export function parseMdx(text: string): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
  return processor.runSync(processor.parse(stripFrontmatter(text))) as Root;
}
