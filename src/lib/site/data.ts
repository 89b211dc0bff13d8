/**
 * Small data helpers for pages and components. Each fails loudly with what it received and
 * what it expected, so a typo in MDX or a template names itself in the build output.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Conflict, Event, Figure, Source } from '../provenance/schema';
import { projectFor } from '../provenance/load';
import type { Seed } from '../provenance/verify';

async function known(collection: 'figures' | 'events' | 'sources' | 'conflicts'): Promise<string> {
  const all = await getCollection(collection);
  return all.map((e) => e.id).join(', ');
}

export async function getFigure(id: string): Promise<Figure> {
  const entry = await getEntry('figures', id);
  if (!entry) throw new Error(`Unknown figure id "${id}". Expected one of: ${await known('figures')}`);
  return entry.data as Figure;
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

export async function allSources(): Promise<Source[]> {
  return (await getCollection('sources')).map((e) => e.data);
}

export async function allEvents(): Promise<Event[]> {
  return (await getCollection('events')).map((e) => e.data);
}

export async function allConflicts(): Promise<Conflict[]> {
  return (await getCollection('conflicts')).map((e) => e.data);
}

export async function allFigures(): Promise<Figure[]> {
  return (await getCollection('figures')).map((e) => e.data as Figure);
}

/** A seed's text, read from seeds/ at build time (already verified by the integration). */
export function getSeed(id: string): Seed {
  const seed = projectFor(process.cwd()).seeds.get(id);
  if (!seed) throw new Error(`Unknown seed "${id}". Expected one of: ${[...projectFor(process.cwd()).seeds.keys()].join(', ')}`);
  return seed;
}

export function seedLine(id: string, line: number): string {
  const text = getSeed(id).lines[line - 1];
  if (text === undefined) throw new Error(`Seed "${id}" has no line ${line}`);
  return text;
}

/** Short human label for a source: "Al Jazeera" or "Hindustan Times (Pravesh Kumar Gupta)". */
export function sourceLabel(source: Source): string {
  return source.publisher.replace(/\s*\(.*\)$/, '');
}

export function excerpt(text: string, max = 180): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:—–-]\s*$/, '')}…`;
}
