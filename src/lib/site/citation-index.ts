/**
 * Who cites each seed line: topic pages (through their marks) and data entries (figures, events,
 * conflicts, glossary terms, people). Source pages use it to link back from a line to every place that relies on it.
 */
import { seedKey, parseSeedKey, type CitationKey } from '../provenance/citations';
import { allConflicts, allEvents, allFigures, allGlossary, allPeople } from './data';
import { allPages, renderPage } from './pages';
import { conflictHref, eventHref, figureHref, glossaryHref, pageHref, personHref } from './urls';

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
  for (const figure of await allFigures()) {
    if (figure.kind !== 'sourced') continue;
    add(seedKey(figure.source.seed, figure.source.line), { kind: 'figure', label: figure.measures, href: figureHref(figure.id) });
    if (figure.date.source) {
      add(seedKey(figure.date.source.seed, figure.date.source.line), { kind: 'figure', label: `Date of: ${figure.measures}`, href: figureHref(figure.id) });
    }
  }
  for (const event of await allEvents()) {
    for (const ref of event.sources) add(seedKey(ref.seed, ref.line), { kind: 'event', label: event.title, href: eventHref(event.id) });
  }
  for (const conflict of await allConflicts()) {
    for (const claim of conflict.claims) {
      add(seedKey(claim.seed, claim.line), { kind: 'conflict', label: conflict.title, href: conflictHref(conflict.id) });
    }
  }
  for (const term of await allGlossary()) {
    for (const ref of term.refs) add(seedKey(ref.seed, ref.line), { kind: 'glossary', label: term.term, href: glossaryHref(term.id) });
  }
  for (const person of await allPeople()) {
    for (const ref of person.refs) add(seedKey(ref.seed, ref.line), { kind: 'person', label: person.name, href: personHref(person.id) });
  }
  return index;
}
