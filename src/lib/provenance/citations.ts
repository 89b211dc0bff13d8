/**
 * Citation keys and page notes. A key names what a citation mark points at:
 *   "aljazeera:13"           a seed line → /sources/aljazeera/#L13
 *   "figure:india-trade-2019" a derived figure → /figures/#figure-india-trade-2019
 * `PageMarks` numbers notes per page in document order (like Wikipedia's [1] [2]); each mark gets
 * an id so the page's source list can link back to it (↑ a b c). Which lines an item cites is
 * lineage.ts's answer, not this file's.
 */
export type CitationKey = `${string}:${number}` | `figure:${string}`;

/**
 * How a shown date was worked out when the lines its mark cites do not state all of it: the year
 * comes from context (`yearFrom`), or the date is inferred (`inference`). lineage.ts attaches it to
 * the date's mark; readers see it in that line's note (the page's source list, the twin's footnote).
 */
export interface DateBasis {
  /** The date as the data holds it; each medium formats it with format.ts `formatDateBasis`. */
  date: { value: string; precision: 'day' | 'month' | 'year' | 'range'; end?: string };
  kind: 'year-from-context' | 'inferred';
  /** The data's own words: which line or context gives the year, or how the date is worked out. */
  how: string;
}

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
  /** How each date the page shows with this line was worked out, when the line does not state it. */
  dating?: DateBasis[];
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
  dating?: DateBasis[] | undefined;
}

/** Bases not already in `have`, so a date cited twice on a page is explained once. */
function newBases(have: readonly DateBasis[], more: readonly DateBasis[]): DateBasis[] {
  const id = (b: DateBasis) => `${b.kind}|${b.date.value}|${b.date.end ?? ''}|${b.how}`;
  const seen = new Set(have.map(id));
  return more.filter((b) => !seen.has(id(b)) && seen.add(id(b)));
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
    for (const note of existing)
      this.notes.set(note.key, { ...note, refs: [...note.refs], ...(note.dating ? { dating: [...note.dating] } : {}) });
  }

  cite(key: CitationKey, quote?: string, dating: readonly DateBasis[] = []): Mark {
    let note = this.notes.get(key);
    if (!note) {
      note = { n: this.notes.size + 1, key, refs: [], ...(quote ? { quote } : {}) };
      this.notes.set(key, note);
    }
    const added = newBases(note.dating ?? [], dating);
    if (added.length) note.dating = [...(note.dating ?? []), ...added];
    const ref = `cite-ref-${note.n}-${backrefLetter(note.refs.length)}`;
    note.refs.push(ref);
    return { n: note.n, ref, key };
  }

  /** One mark per distinct key, in number order ([5][6], never [6][5] or [5][5]). */
  citeAll(targets: readonly MarkTarget[]): Mark[] {
    const unique = new Map<CitationKey, MarkTarget>();
    for (const t of targets) {
      const had = unique.get(t.key);
      const dating = [...(had?.dating ?? []), ...newBases(had?.dating ?? [], t.dating ?? [])];
      unique.set(t.key, { key: t.key, quote: had?.quote ?? t.quote, ...(dating.length ? { dating } : {}) });
    }
    return [...unique.values()].map((t) => this.cite(t.key, t.quote, t.dating)).sort((a, b) => a.n - b.n);
  }

  list(): PageNote[] {
    return [...this.notes.values()];
  }
}

/**
 * One mark per claim within a sentence: given the citation groups of one sentence in order, a key
 * keeps only its last place (at the end of the clause it supports), so "25%[2].[2]" becomes
 * "25%.[2]" and "$66 billion[1] in 2024[1]" becomes "$66 billion in 2024[1]". A quote carried by a
 * dropped mark moves to the kept one when that has none, and so does how a date was worked out.
 * Returns new groups (the input is not changed).
 */
export function oneMarkPerSentence(groups: readonly (readonly MarkTarget[])[]): MarkTarget[][] {
  const last = new Map<CitationKey, number>();
  const quote = new Map<CitationKey, string>();
  const dating = new Map<CitationKey, DateBasis[]>();
  groups.forEach((group, i) =>
    group.forEach((t) => {
      last.set(t.key, i);
      if (t.quote && !quote.has(t.key)) quote.set(t.key, t.quote);
      const had = dating.get(t.key) ?? [];
      const added = newBases(had, t.dating ?? []);
      if (added.length) dating.set(t.key, [...had, ...added]);
    }),
  );
  return groups.map((group, i) =>
    [...new Map(group.map((t) => [t.key, t])).values()]
      .filter((t) => last.get(t.key) === i)
      .map((t) => {
        const words = t.quote ?? quote.get(t.key);
        const bases = dating.get(t.key);
        return { key: t.key, ...(words ? { quote: words } : {}), ...(bases ? { dating: bases } : {}) };
      }),
  );
}
