/**
 * Corrections as readers see them: which ones concern a page, newest first, and where they live.
 * Pure functions over the collection's entries, so the notice, /corrections/, the Atom feed and
 * the changelog all answer "which corrections concern this page" the same way.
 */
import type { Correction, CorrectionKind } from '../provenance/schema';
import { DATA_FILES } from '../provenance/data-files';

/** How each kind is named to readers. */
export const CORRECTION_KIND_LABEL: Record<CorrectionKind, string> = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
};

/** Newest first; ties by id so the order never depends on the YAML's order. */
export function newestFirst(corrections: readonly Correction[]): Correction[] {
  return [...corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The corrections that concern the page at `path` (site path without the base, "" for home). */
export function correctionsFor(corrections: readonly Correction[], path: string): Correction[] {
  return newestFirst(corrections.filter((c) => c.pages.includes(path)));
}

/** Messages for pages a correction names that the site does not have. */
export function unknownCorrectionPages(corrections: readonly Correction[], knownPaths: readonly string[]): string[] {
  const known = new Set(knownPaths);
  return corrections.flatMap((c) =>
    c.pages
      .filter((p) => !known.has(p))
      .map(
        (p) =>
          `${DATA_FILES.corrections} › ${c.id}: pages lists "${p}", which is not a page of the site. Expected a path like "tariffs/" ("" for home). Fix: use one of ${knownPaths.map((k) => `"${k}"`).join(', ')}`,
      ),
  );
}

/** The element id of a correction on /corrections/ and on the pages it concerns. */
export function correctionAnchor(id: string): string {
  return `correction-${id}`;
}
