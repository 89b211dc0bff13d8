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
  /**
   * Every distinct passage of the line the page quotes (a figure's or event's quote, a <Quote>), in
   * order of first use: each claim's own words, so a second claim on the line is not shown the first's.
   */
  quotes: string[];
  /** Some mark cites the line without naming words (a <Cite>): what it rests on is the whole line. */
  wholeLine: boolean;
  /** How each date the page shows with this line was worked out, when the line does not state it. */
  dating?: DateBasis[];
}

/**
 * The words of a line a reader is shown for a note: the whole line when some mark relies on it
 * without naming words, else each quoted passage. One answer for the source list, the Markdown
 * twin and the previews built from the source list.
 */
export function noteWords(note: Pick<PageNote, 'quotes' | 'wholeLine'>, line: string): string[] {
  if (note.wholeLine || note.quotes.length === 0) return [line.trim()];
  // A passage inside a longer one the page also quotes is shown by that one.
  return note.quotes.filter((q, i) => !note.quotes.some((other, j) => j !== i && other !== q && other.includes(q)));
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
      this.notes.set(note.key, {
        ...note,
        refs: [...note.refs],
        quotes: [...note.quotes],
        ...(note.dating ? { dating: [...note.dating] } : {}),
      });
  }

  /**
   * A mark for `key`, and what it relies on: `words` quoted from the line (one passage, or the
   * passages of marks merged into this one by oneMarkPerSentence; `undefined` for none), and how
   * the dates it is cited for were worked out.
   */
  cite(key: CitationKey, words?: string | readonly (string | undefined)[], dating: readonly DateBasis[] = []): Mark {
    let note = this.notes.get(key);
    if (!note) {
      note = { n: this.notes.size + 1, key, refs: [], quotes: [], wholeLine: false };
      this.notes.set(key, note);
    }
    for (const passage of typeof words === 'string' || words === undefined ? [words] : words) {
      if (passage === undefined || passage === '') note.wholeLine = true;
      else if (!note.quotes.includes(passage)) note.quotes.push(passage);
    }
    const added = newBases(note.dating ?? [], dating);
    if (added.length) note.dating = [...(note.dating ?? []), ...added];
    const ref = `cite-ref-${note.n}-${backrefLetter(note.refs.length)}`;
    note.refs.push(ref);
    return { n: note.n, ref, key };
  }

  /** One mark per distinct key, in number order ([5][6], never [6][5] or [5][5]). */
  citeAll(targets: readonly MarkTarget[]): Mark[] {
    const unique = new Map<CitationKey, { words: (string | undefined)[]; dating: DateBasis[] }>();
    for (const t of targets) {
      const had = unique.get(t.key) ?? { words: [], dating: [] };
      if (!had.words.includes(t.quote)) had.words.push(t.quote);
      had.dating.push(...newBases(had.dating, t.dating ?? []));
      unique.set(t.key, had);
    }
    return [...unique].map(([key, t]) => this.cite(key, t.words, t.dating)).sort((a, b) => a.n - b.n);
  }

  list(): PageNote[] {
    return [...this.notes.values()];
  }
}

/** A mark kept by oneMarkPerSentence, with the words of every mark of its line it stands for. */
export interface SentenceMark {
  key: CitationKey;
  /** The quoted passages relied on (`undefined` where a mark named no words). */
  words: (string | undefined)[];
  /** How the dates of those marks were worked out (see DateBasis). */
  dating?: DateBasis[];
}

/**
 * One mark per claim within a sentence: given the citation groups of one sentence in order, a key
 * keeps only its last place (at the end of the clause it supports), so "25%[2].[2]" becomes
 * "25%.[2]" and "$66 billion[1] in 2024[1]" becomes "$66 billion in 2024[1]". The kept mark stands
 * for the words of every mark it replaces, and for how their dates were worked out.
 * Returns new groups (the input is not changed).
 */
export function oneMarkPerSentence(groups: readonly (readonly MarkTarget[])[]): SentenceMark[][] {
  const last = new Map<CitationKey, number>();
  const words = new Map<CitationKey, (string | undefined)[]>();
  const dating = new Map<CitationKey, DateBasis[]>();
  groups.forEach((group, i) =>
    group.forEach((t) => {
      last.set(t.key, i);
      const known = words.get(t.key) ?? [];
      if (!known.includes(t.quote)) known.push(t.quote);
      words.set(t.key, known);
      const had = dating.get(t.key) ?? [];
      const added = newBases(had, t.dating ?? []);
      if (added.length) dating.set(t.key, [...had, ...added]);
    }),
  );
  return groups.map((group, i) =>
    [...new Set(group.map((t) => t.key))]
      .filter((key) => last.get(key) === i)
      .map((key) => {
        const bases = dating.get(key);
        return { key, words: words.get(key)!, ...(bases ? { dating: bases } : {}) };
      }),
  );
}
