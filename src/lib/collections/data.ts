/**
 * Typed access to the data collections for pages and components: the one place that reads
 * `astro:content` for sourced data, so no template casts entry data. Each lookup fails loudly with
 * what it received and what it expected, so a typo in MDX or a template names itself in the build.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { DataCollection } from '../provenance/data-files';
import type { Chart, Conflict, Event, Figure, GlossaryEntry, Person, Source } from '../provenance/schema';
import { projectFor } from '../provenance/load';
import type { Seed } from '../provenance/types';

async function known(collection: 'figures' | 'events' | 'sources' | 'conflicts'): Promise<string> {
  const all = await getCollection(collection);
  return all.map((e) => e.id).join(', ');
}

export async function getFigure(id: string): Promise<Figure> {
  const entry = await getEntry('figures', id);
  if (!entry) throw new Error(`Unknown figure id "${id}". Expected one of: ${await known('figures')}`);
  return entry.data;
}

export async function getEvent(id: string): Promise<Event> {
  const entry = await getEntry('events', id);
  if (!entry) throw new Error(`Unknown event id "${id}". Expected one of: ${await known('events')}`);
  return entry.data;
}

export async function getSource(id: string): Promise<Source> {
  const entry = await getEntry('sources', id);
  if (!entry) throw new Error(`Unknown source id "${id}". Expected one of: ${await known('sources')}`);
  return entry.data;
}

/** Every entry's data in a collection, typed by the collection's schema (no casts). */
async function dataOf<C extends DataCollection>(collection: C): Promise<CollectionEntry<C>['data'][]> {
  return (await getCollection(collection)).map((entry) => entry.data);
}

export const allSources = (): Promise<Source[]> => dataOf('sources');
export const allFigures = (): Promise<Figure[]> => dataOf('figures');
export const allEvents = (): Promise<Event[]> => dataOf('events');
export const allConflicts = (): Promise<Conflict[]> => dataOf('conflicts');
export const allGlossary = (): Promise<GlossaryEntry[]> => dataOf('glossary');
export const allPeople = (): Promise<Person[]> => dataOf('people');

/** Charts in the order content/data/charts.yaml lists them (the collection does not keep it). */
export async function allCharts(): Promise<Chart[]> {
  const order = (projectFor(process.cwd()).data.charts ?? []).map((c) => c.id);
  return (await dataOf('charts')).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

export async function getChart(id: string): Promise<Chart> {
  const entry = await getEntry('charts', id);
  if (!entry)
    throw new Error(
      `Unknown chart id "${id}" (content/data/charts.yaml). Expected one of: ${(await allCharts()).map((c) => c.id).join(', ')}`,
    );
  return entry.data;
}

/** A seed's text, read from seeds/ at build time (already verified by the integration). */
export function getSeed(id: string): Seed {
  const seed = projectFor(process.cwd()).seeds.get(id);
  if (!seed)
    throw new Error(`Unknown seed "${id}". Expected one of: ${[...projectFor(process.cwd()).seeds.keys()].join(', ')}`);
  return seed;
}

export function seedLine(id: string, line: number): string {
  const text = getSeed(id).lines[line - 1];
  if (text === undefined) throw new Error(`Seed "${id}" has no line ${line}`);
  return text;
}

// Re-exported so components keep one import for data lookups; the function is pure (format.ts).
export { sourceLabel } from '../provenance/format';

export function excerpt(text: string, max = 180): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:—–-]\s*$/, '')}…`;
}
