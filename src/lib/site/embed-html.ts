/**
 * The embed layout's HTML with the embed link rule (./embed.ts) applied to every `<a href>`,
 * at build time. parse5 (the HTML standard's parser) finds the links; only their start tags are
 * rewritten, from the source positions it reports, so the rest of the markup stays byte for byte
 * as Astro wrote it. Kept apart from the rule so the browser script that shares the rule does not
 * bundle an HTML parser.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { embedLinkTarget, mergeRel } from './embed';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function links(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node && node.tagName === 'a') found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) links(child, found);
  if ('content' in node && node.content) links(node.content, found);
  return found;
}

/** The link's start tag with target and rel set; its other attributes as written in the source. */
function retargetedStartTag(html: string, link: Element, target: { target: string; rel: string }): string {
  const where = link.sourceCodeLocation!;
  const kept = link.attrs
    .filter((a) => a.name !== 'target' && a.name !== 'rel')
    .map((a) => {
      const at = where.attrs?.[a.name];
      return at ? html.slice(at.startOffset, at.endOffset) : `${a.name}="${escapeAttribute(a.value)}"`;
    });
  const rel = mergeRel(link.attrs.find((a) => a.name === 'rel')?.value, target.rel);
  return `<a ${[...kept, `target="${target.target}"`, `rel="${escapeAttribute(rel)}"`].join(' ')}>`;
}

/** The embed's HTML with the rule applied to every `<a href>` in it. */
export function retargetEmbedLinks(html: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const link of links(parseFragment(html, { sourceCodeLocationInfo: true }))) {
    const href = link.attrs.find((a) => a.name === 'href')?.value;
    const target = href === undefined ? null : embedLinkTarget(href);
    const startTag = link.sourceCodeLocation?.startTag;
    if (!target || !startTag) continue;
    edits.push({
      start: startTag.startOffset,
      end: startTag.endOffset,
      text: retargetedStartTag(html, link, target),
    });
  }
  let out = html;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = `${out.slice(0, edit.start)}${edit.text}${out.slice(edit.end)}`;
  return out;
}
