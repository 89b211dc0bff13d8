/**
 * Citation keys and page notes. A key names what a citation mark points at:
 *   "aljazeera:13"           a seed line → /sources/aljazeera/#L13
 *   "figure:india-trade-2019" a derived figure → /figures/#figure-india-trade-2019
 * The remark check numbers notes per page in document order (like Wikipedia's [1] [2]);
 * each mark gets an id so the page's source list can link back to it (↑ a b c).
 */
import type { Figure } from './schema';

export type CitationKey = `${string}:${number}` | `figure:${string}`;

export interface Mark {
  /** Note number on this page. */
  n: number;
  /** The mark's own element id, target of the back-link. */
  ref: string;
  key: CitationKey;
}

export interface PageNote {
  n: number;
  key: CitationKey;
  /** Element ids of every mark on the page that cites this note, in order. */
  refs: string[];
  /** The words the page relies on, when a component quoted them (a figure's or event's quote, a <Quote>). */
  quote?: string;
}

export function seedKey(seed: string, line: number): CitationKey {
  return `${seed}:${line}`;
}

export function parseSeedKey(key: string): { seed: string; line: number } | null {
  const match = /^([a-z][a-z0-9]*):(\d+)$/.exec(key.trim());
  return match ? { seed: match[1]!, line: Number(match[2]) } : null;
}

/** Letters for back-links: a, b, …, z, aa, ab, … */
export function backrefLetter(index: number): string {
  let s = '';
  let i = index;
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return s;
}

/** Assigns note numbers and mark ids in the order citations appear on a page. */
export class NoteBook {
  private notes = new Map<CitationKey, PageNote>();

  cite(key: CitationKey, quote?: string): Mark {
    let note = this.notes.get(key);
    if (!note) {
      note = { n: this.notes.size + 1, key, refs: [], ...(quote ? { quote } : {}) };
      this.notes.set(key, note);
    }
    const ref = `cite-ref-${note.n}-${backrefLetter(note.refs.length)}`;
    note.refs.push(ref);
    return { n: note.n, ref, key };
  }

  list(): PageNote[] {
    return [...this.notes.values()];
  }
}

/** The note keys (with the words relied on) a figure's value cites, as the remark check numbers them for <Fig>: a derived figure its workings, a sourced one its line (and its date's line, when another line states the date). */
export function figureCitationKeys(figure: Figure): { key: CitationKey; quote?: string }[] {
  if (figure.kind === 'derived') return [{ key: `figure:${figure.id}` }];
  const keys = [{ key: seedKey(figure.source.seed, figure.source.line), quote: figure.source.quote }];
  const date = figure.date.source;
  if (date && seedKey(date.seed, date.line) !== keys[0]!.key) keys.push({ key: seedKey(date.seed, date.line), quote: date.quote });
  return keys;
}

/**
 * Marks for citations placed outside the MDX body (the home page's key-figure cards and timeline
 * strip), added to the page's notes: a key the body already cites keeps its number and gains a
 * back-link; a new key becomes the next note, with the words relied on when given. Returns new notes (the input is not changed).
 */
export function addMarks(notes: readonly PageNote[], groups: readonly (readonly { key: CitationKey; quote?: string | undefined }[])[]): { notes: PageNote[]; marks: Mark[][] } {
  const byKey = new Map(notes.map((note) => [note.key, { ...note, refs: [...note.refs] }]));
  const marks = groups.map((keys) =>
    keys.map(({ key, quote }) => {
      let note = byKey.get(key);
      if (!note) {
        note = { n: byKey.size + 1, key, refs: [], ...(quote ? { quote } : {}) };
        byKey.set(key, note);
      }
      const ref = `cite-ref-${note.n}-${backrefLetter(note.refs.length)}`;
      note.refs.push(ref);
      return { n: note.n, ref, key };
    }),
  );
  return { notes: [...byKey.values()], marks };
}
