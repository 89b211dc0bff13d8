/**
 * Who cites each seed line: topic pages (through their marks) and data entries (figures, events,
 * conflicts, glossary terms, people). Source pages use it to link back from a line to every place that relies on it.
 */
import { getCollection } from 'astro:content';
import { seedKey, parseSeedKey, type CitationKey } from '../provenance/citations';
import type { Conflict, Event, Figure } from '../provenance/schema';
import { allPages, renderPage } from './pages';
import { figureHref, pageHref, withBase } from './urls';

export interface CitingPlace {
  kind: 'page' | 'figure' | 'event' | 'conflict' | 'glossary' | 'person';
  label: string;
  href: string;
}

let cached: Promise<Map<CitationKey, CitingPlace[]>> | undefined;

export function citationIndex(): Promise<Map<CitationKey, CitingPlace[]>> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Map<CitationKey, CitingPlace[]>> {
  const index = new Map<CitationKey, CitingPlace[]>();
  const add = (key: CitationKey, place: CitingPlace) => {
    const list = index.get(key) ?? [];
    if (!list.some((p) => p.href === place.href)) list.push(place);
    index.set(key, list);
  };

  for (const entry of await allPages()) {
    const { notes } = await renderPage(entry);
    for (const note of notes) {
      if (!parseSeedKey(note.key)) continue;
      add(note.key, { kind: 'page', label: entry.data.title, href: `${pageHref(entry.id)}#${note.refs[0]}` });
    }
  }
  for (const { data } of await getCollection('figures')) {
    const figure = data as Figure;
    if (figure.kind !== 'sourced') continue;
    add(seedKey(figure.source.seed, figure.source.line), { kind: 'figure', label: figure.measures, href: figureHref(figure.id) });
    if (figure.date.source) {
      add(seedKey(figure.date.source.seed, figure.date.source.line), { kind: 'figure', label: `Date of: ${figure.measures}`, href: figureHref(figure.id) });
    }
  }
  for (const { data } of await getCollection('events')) {
    const event = data as Event;
    for (const ref of event.sources) add(seedKey(ref.seed, ref.line), { kind: 'event', label: event.title, href: withBase(`timeline/#event-${event.id}`) });
  }
  for (const { data } of await getCollection('conflicts')) {
    const conflict = data as Conflict;
    for (const claim of conflict.claims) {
      add(seedKey(claim.seed, claim.line), { kind: 'conflict', label: conflict.title, href: withBase(`disagreements/#conflict-${conflict.id}`) });
    }
  }
  for (const { data } of await getCollection('glossary')) {
    for (const ref of data.refs) add(seedKey(ref.seed, ref.line), { kind: 'glossary', label: data.term, href: withBase(`glossary/#${data.id}`) });
  }
  for (const { data } of await getCollection('people')) {
    for (const ref of data.refs) add(seedKey(ref.seed, ref.line), { kind: 'person', label: data.name, href: withBase(`people/#${data.id}`) });
  }
  return index;
}
