/**
 * The built glossary as a reader gets it: a term whose general meaning is the site's own
 * (`ownExplanation` in content/data/glossary.yaml, backed by no source line) shows that meaning
 * under a visible "Our explanation" label saying it is not from the sources; a term defined only
 * from the sources shows no such label.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { loadProject } from '../../lib/provenance/load';
import { ROOT } from '../helpers/project';

const text = (node: RootContent | Root): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';

/** The visible text of each <dd>, keyed by the id of the <dt> before it (previews of marks removed). */
function entriesById(html: string): Map<string, string> {
  const entries = new Map<string, string>();
  const visit = (node: Root | Element) => {
    let id: string | undefined;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'dt') id = String(child.properties.id);
      else if (child.tagName === 'dd' && id) entries.set(id, text(stripPreviews(child)).replace(/\s+/g, ' '));
      else visit(child);
    }
  };
  visit(fromHtml(html));
  return entries;
}
function stripPreviews(node: Element): Element {
  const children = node.children.filter((c) => c.type !== 'element' || c.tagName !== 'sup');
  return { ...node, children: children.map((c) => (c.type === 'element' ? stripPreviews(c) : c)) };
}

describe("glossary: the site's own explanations are labelled", () => {
  const html = readFileSync(join(ROOT, 'dist', 'glossary', 'index.html'), 'utf8');
  const entries = entriesById(html);
  const terms = loadProject(ROOT).data.glossary;

  test.each(terms.map((t) => [t.id, t] as const))('%s', (id, term) => {
    const shown = entries.get(id);
    expect(shown, `dist/glossary/ has no entry #${id}; expected one per content/data/glossary.yaml term`).toBeDefined();
    if (term.ownExplanation) {
      expect(shown).toContain(`Our explanation (general meaning, not from the five sources): ${term.ownExplanation}`);
    } else {
      expect(shown).not.toContain('Our explanation');
    }
  });
});
