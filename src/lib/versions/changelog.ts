/**
 * The reader's changelog: published versions and corrections, grouped by day, newest first, in
 * plain words. Commit messages are for maintainers and stay in the repository.
 */
import type { Correction } from '../provenance/schema';
import type { Manifest, Release } from './freeze';
import { newestFirst } from './corrections';

export interface ChangelogDay {
  date: string;
  /** The release published that day, if any (its pages are the ones that changed). */
  release?: Release;
  corrections: Correction[];
}

export function readerChangelog(manifest: Manifest, corrections: readonly Correction[]): ChangelogDay[] {
  const days = new Map<string, ChangelogDay>();
  const day = (date: string) => days.get(date) ?? days.set(date, { date, corrections: [] }).get(date)!;
  for (const release of manifest.releases) day(release.date).release = release;
  for (const correction of newestFirst(corrections)) day(correction.date).corrections.push(correction);
  return [...days.values()].sort((a, b) => b.date.localeCompare(a.date));
}

/** Whether a release is the page's first published version (nothing to compare it with). */
export function isFirstVersion(manifest: Manifest, path: string, date: string): boolean {
  return manifest.pages[path]?.[0]?.date === date;
}
