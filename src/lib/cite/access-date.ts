/**
 * The "accessed" date of a citation: the day the reader read the page, which a static build
 * cannot know. Citations in the cite box carry a token for it (formatted later), and the browser
 * fills in today's date when the reader copies or downloads (src/components/cite/cite-client.ts).
 * No dependencies, so the client bundle can import it.
 */
import { MONTHS } from '../provenance/text';

/** Date styles: APA ("April 2, 2026"), the BibTeX note ("2 April 2026"), biblatex urldate ("2026-04-02"). */
export type AccessedStyle = 'us' | 'long' | 'iso';

/** What the cite box shows in place of the date without JavaScript. */
export const ACCESSED_PLACEHOLDER: Record<AccessedStyle, string> = {
  us: '[date you read it]',
  long: '[date you read it]',
  iso: '[YYYY-MM-DD]',
};

function parts(day: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) throw new Error(`access date "${day}" is not YYYY-MM-DD`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** A day in one style ("2026-04-02" → "April 2, 2026" / "2 April 2026" / "2026-04-02"). */
export function formatAccessed(day: string, style: AccessedStyle): string {
  const [y, m, d] = parts(day);
  if (style === 'us') return `${MONTHS[m - 1]} ${d}, ${y}`;
  if (style === 'long') return `${d} ${MONTHS[m - 1]} ${y}`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The reader's own calendar day (local time, not UTC): the day they would write down. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A downloaded .bib or .ris file (written without an access date by src/lib/cite/format.ts) with
 * the day of download added: biblatex `urldate` and the note for BibTeX, `Y2` for RIS.
 */
export function withAccessDate(file: string, kind: 'bib' | 'ris', day: string): string {
  if (kind === 'ris') {
    if (/^Y2 {2}- /m.test(file) || !/^UR {2}- /m.test(file))
      throw new Error('RIS record without a UR line, or already dated');
    return file.replace(/^UR {2}- /m, `Y2  - ${formatAccessed(day, 'iso').replace(/-/g, '/')}\r\nUR  - `);
  }
  if (/\burldate = /.test(file) || !/\n\tnote = \{Version of [^}]*\},/.test(file))
    throw new Error('BibTeX entry without a version note, or already dated');
  return file.replace(
    /\n\tnote = \{(Version of [^}]*)\},/,
    (_, version: string) =>
      `\n\turldate = {${formatAccessed(day, 'iso')}},\n\tnote = {${version}; accessed ${formatAccessed(day, 'long')}},`,
  );
}
