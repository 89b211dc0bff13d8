/**
 * Citation keys and page notes. A key names what a citation mark points at:
 *   "aljazeera:13"           a seed line → /sources/aljazeera/#L13
 *   "figure:india-trade-2019" a derived figure → /figures/#figure-india-trade-2019
 * `PageMarks` numbers notes per page in document order (like Wikipedia's [1] [2]); each mark gets
 * an id so the page's source list can link back to it (↑ a b c). Which lines an item cites is
 * lineage.ts's answer, not this file's.
 */
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

/** What a mark points at and the words relied on (the same shape as lineage's CitedLine). */
export interface MarkTarget {
  key: CitationKey;
  quote?: string | undefined;
}

/**
 * The one numbering of citation marks on a page, in the order they appear (like Wikipedia's
 * [1] [2]): a key cited again keeps its number and gains a back-link letter. The MDX body, the
 * home page's cards and strip, and the timeline all number through this. Pass the notes a page
 * already has to continue its numbering (the home page adds its cards after the body).
 */
export class PageMarks {
  private notes = new Map<CitationKey, PageNote>();

  constructor(existing: readonly PageNote[] = []) {
    for (const note of existing) this.notes.set(note.key, { ...note, refs: [...note.refs] });
  }

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

  /** One mark per distinct key, in number order ([5][6], never [6][5] or [5][5]). */
  citeAll(targets: readonly MarkTarget[]): Mark[] {
    const unique = [...new Map(targets.map((t) => [t.key, t])).values()];
    return unique.map((t) => this.cite(t.key, t.quote)).sort((a, b) => a.n - b.n);
  }

  list(): PageNote[] {
    return [...this.notes.values()];
  }
}

/**
 * One mark per claim within a sentence: given the citation groups of one sentence in order, a key
 * keeps only its last place (at the end of the clause it supports), so "25%[2].[2]" becomes
 * "25%.[2]" and "$66 billion[1] in 2024[1]" becomes "$66 billion in 2024[1]". A quote carried by a
 * dropped mark moves to the kept one when that has none. Returns new groups (the input is not changed).
 */
export function oneMarkPerSentence(groups: readonly (readonly MarkTarget[])[]): MarkTarget[][] {
  const last = new Map<CitationKey, number>();
  const quote = new Map<CitationKey, string>();
  groups.forEach((group, i) =>
    group.forEach((t) => {
      last.set(t.key, i);
      if (t.quote && !quote.has(t.key)) quote.set(t.key, t.quote);
    }),
  );
  return groups.map((group, i) =>
    [...new Map(group.map((t) => [t.key, t])).values()]
      .filter((t) => last.get(t.key) === i)
      .map((t) => {
        const words = t.quote ?? quote.get(t.key);
        return words ? { key: t.key, quote: words } : { key: t.key };
      }),
  );
}
