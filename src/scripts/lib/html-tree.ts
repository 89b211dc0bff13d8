/**
 * A small walk over parse5's tree: every element with its attributes, for the link checker and
 * the page-weight budgets. (parse5 is the HTML parser Astro's own toolchain ships.)
 */
import { parse } from 'parse5';

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  /** Text content of <script>/<style> elements (empty for others). */
  text: string;
  /** Tags of the ancestors, outermost first. */
  ancestors: string[];
}

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
  value?: string;
}

export function elementsOf(html: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (node: Parse5Node, ancestors: string[]) => {
    if (node.tagName) {
      const attrs: Record<string, string> = {};
      for (const a of node.attrs ?? []) attrs[a.name] = a.value;
      const text =
        node.tagName === 'script' || node.tagName === 'style'
          ? (node.childNodes ?? []).map((c) => c.value ?? '').join('')
          : '';
      out.push({ tag: node.tagName, attrs, text, ancestors });
    }
    const next = node.tagName ? [...ancestors, node.tagName] : ancestors;
    for (const child of node.childNodes ?? []) walk(child, next);
    if (node.content) walk(node.content, next);
  };
  walk(parse(html) as unknown as Parse5Node, []);
  return out;
}
