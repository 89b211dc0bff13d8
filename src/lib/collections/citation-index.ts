/**
 * Who cites each seed line: topic pages (through their marks) and data entries (figures, events,
 * conflicts, glossary terms, people). Source pages use it to link back from a line to every place that relies on it.
 */
import { seedKey, type CitationKey } from '../provenance/citations';
import { conflictSeedRefs, eventSeedRefs, figureSeedRefs, glossarySeedRefs, linesBehind } from '../provenance/lineage';
import { allConflicts, allEvents, allFigures, allGlossary, allPeople, allSources } from './data';
import { formatEventClaim, publisherLabels } from '../provenance/format';
import { allPages, renderPage } from './pages';
import { conflictHref, eventHref, figureHref, glossaryHref, pageHref, personHref } from '../site/urls';

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
    // A page lists once per line, at its first mark, even when a derived figure's workings also rest on that line.
    const page = (href: string) => href.split('#')[0];
    const same = (p: CitingPlace) =>
      p.href === place.href || (p.kind === 'page' && place.kind === 'page' && page(p.href) === page(place.href));
    if (!list.some(same)) list.push(place);
    index.set(key, list);
  };

  const figures = await allFigures();
  const byId = new Map(figures.map((f) => [f.id, f]));
  const keyOf = (ref: { seed: string; line: number }) => seedKey(ref.seed, ref.line);
  for (const entry of await allPages()) {
    const { notes } = await renderPage(entry);
    // A page rests on the lines its marks point at, and on those behind a derived figure's workings.
    for (const note of notes) {
      for (const line of linesBehind(note.key, byId))
        add(keyOf(line), { kind: 'page', label: entry.data.title, href: `${pageHref(entry.id)}#${note.refs[0]}` });
    }
  }
  // Every item through lineage.ts, so a derived figure points back at its inputs' lines too.
  for (const figure of figures) {
    for (const ref of figureSeedRefs(figure, byId)) {
      const label = ref === figure.date.source ? `${figure.measures}, dated by this line` : figure.measures;
      add(keyOf(ref), { kind: 'figure', label, href: figureHref(figure.id) });
    }
  }
  const publishers = publisherLabels(await allSources());
  for (const event of await allEvents()) {
    // A one-party claim keeps its claimant here too, as on the timeline.
    const claim = formatEventClaim(event, publishers);
    const title = claim ? `${event.title}, ${claim}` : event.title;
    for (const ref of eventSeedRefs(event)) {
      const label = ref === event.date.source ? `${title}, dated by this line` : title;
      add(keyOf(ref), { kind: 'event', label, href: eventHref(event.id) });
    }
  }
  for (const conflict of await allConflicts()) {
    for (const ref of conflictSeedRefs(conflict))
      add(keyOf(ref), { kind: 'conflict', label: conflict.title, href: conflictHref(conflict.id) });
  }
  for (const term of await allGlossary()) {
    for (const ref of glossarySeedRefs(term))
      add(keyOf(ref), { kind: 'glossary', label: term.term, href: glossaryHref(term.id) });
  }
  for (const person of await allPeople()) {
    for (const ref of glossarySeedRefs(person))
      add(keyOf(ref), { kind: 'person', label: person.name, href: personHref(person.id) });
  }
  return index;
}
