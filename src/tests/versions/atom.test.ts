/**
 * The corrections feed as a feed reader gets it: well-formed XML (saxes, a strict parser), the
 * Atom namespace, a feed id, title and updated, and each entry with a unique absolute id, a title,
 * an RFC 3339 updated and a link. Special characters in the text are escaped.
 */
import { describe, expect, test } from 'vitest';
import { SaxesParser } from 'saxes';
import { loadProject } from '../../lib/provenance/load';
import { correctionsAtom, type AtomOptions } from '../../lib/versions/atom';
import type { Correction } from '../../lib/provenance/schema';
import { ROOT } from '../helpers/project';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

interface Node {
  name: string;
  uri: string;
  text: string;
  children: Node[];
  attributes: Record<string, string>;
}

/** Parse strictly (saxes throws on any well-formedness error) into a small tree with namespaces. */
function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const root: Node = { name: '#document', uri: '', text: '', children: [], attributes: {} };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const node: Node = {
      name: tag.local ?? tag.name,
      uri: tag.uri ?? '',
      text: '',
      children: [],
      attributes: Object.fromEntries(
        Object.values(tag.attributes).map((a) => [
          typeof a === 'string' ? a : a.name,
          typeof a === 'string' ? a : a.value,
        ]),
      ),
    };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => (stack.at(-1)!.text += text));
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return root.children[0]!;
}

const options: AtomOptions = {
  title: 'Corrections',
  author: 'Contributors',
  feedUrl: 'https://example.org/corrections.xml',
  listUrl: 'https://example.org/corrections/',
  entryUrl: (c) => `https://example.org/corrections/#correction-${c.id}`,
  page: (path) => ({ url: `https://example.org/${path}`, title: `Page ${path}` }),
  fallbackUpdated: '2026-12-01T00:00:00Z',
};

describe('corrections Atom feed', () => {
  const corrections = loadProject(ROOT).data.corrections!;

  test('the real corrections make a well-formed Atom feed with unique entry ids and dates', () => {
    const feed = parseXml(correctionsAtom(corrections, options));
    expect(feed.name).toBe('feed');
    expect(feed.uri).toBe(ATOM);
    const child = (n: Node, name: string) => n.children.find((c) => c.name === name);
    expect(child(feed, 'id')?.text).toBe(options.feedUrl);
    expect(child(feed, 'updated')?.text).toMatch(RFC3339);
    expect(child(feed, 'title')?.text).toBeTruthy();
    const entries = feed.children.filter((c) => c.name === 'entry');
    expect(entries).toHaveLength(corrections.length);
    const ids = entries.map((e) => child(e, 'id')!.text);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      expect(entry.uri).toBe(ATOM);
      expect(new URL(child(entry, 'id')!.text).protocol).toBe('https:');
      expect(child(entry, 'updated')?.text).toMatch(RFC3339);
      expect(child(entry, 'title')?.text.length).toBeGreaterThan(5);
      expect(entry.children.some((c) => c.name === 'link' && c.attributes.rel === 'alternate')).toBe(true);
    }
    // The feed's updated is its newest entry's.
    expect(child(feed, 'updated')?.text).toBe(
      entries
        .map((e) => child(e, 'updated')!.text)
        .sort()
        .at(-1),
    );
  });

  test('markup in a correction is escaped, not injected (a broken feed is what saxes would catch)', () => {
    const nasty: Correction = { ...corrections[0]!, said: 'Tariffs < 50% & "rising" <b>', now: 'It now says R&D > 0.' };
    const xml = correctionsAtom([nasty], options);
    expect(() => parseXml(xml)).not.toThrow();
    expect(xml).toContain('&lt;b&gt;');
    expect(() => parseXml(xml.replace('&lt;b&gt;', '<b>'))).toThrow();
  });

  test('an empty list still makes a valid feed, dated by the fallback', () => {
    const feed = parseXml(correctionsAtom([], options));
    expect(feed.children.find((c) => c.name === 'updated')?.text).toBe(options.fallbackUpdated);
  });
});
