/**
 * The built timeline (and each theme's timeline) lists entries by the start of their span: no
 * entry starts before the one above it, and a month or year known only as such comes before the
 * dated days it contains (it starts on their first day). The one exception is an entry placed after
 * the one its sources put before it (`follows`), which the second test checks instead.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project';
import { loadDataset } from '../../lib/provenance/load';

const DIST = join(ROOT, 'dist');

/**
 * The start of each entry's span, in page order, from <li class="timeline-event"> … <time datetime>;
 * entries whose ids are in `placedByFollows` are left out.
 */
export function entryStarts(html: string, placedByFollows: ReadonlySet<string> = new Set()): string[] {
  return [
    ...html.matchAll(/<li id="event-([^"]+)" class="timeline-event"[^>]*>[\s\S]*?<time datetime="([^"]+)"/g),
  ].flatMap((m) => {
    if (placedByFollows.has(m[1]!)) return [];
    const [year, month = '00', day = '00'] = m[2]!.split('/')[0]!.split('-');
    return [`${year}-${month}-${day}`];
  });
}

/** Event ids in page order. */
export function entryIds(html: string): string[] {
  return [...html.matchAll(/<li id="event-([^"]+)" class="timeline-event"/g)].map((m) => m[1]!);
}

/** Events printed before the event they follow (the order the source fixes within a shared span). */
export function beforeWhatTheyFollow(ids: string[], follows: ReadonlyMap<string, string>): string[] {
  return ids.flatMap((id, i) => {
    const before = follows.get(id);
    const at = before === undefined ? -1 : ids.indexOf(before);
    return at > i ? [`${id} is printed before ${before}, which it follows`] : [];
  });
}

export function outOfOrder(starts: string[]): string[] {
  return starts.flatMap((start, i) =>
    i > 0 && start < starts[i - 1]! ? [`${starts[i - 1]} is followed by ${start}`] : [],
  );
}

const pages = () => {
  const dir = join(DIST, 'timeline');
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run "npm run build" first (npm test does)`);
  return [
    'timeline/index.html',
    ...readdirSync(dir)
      .filter((d) => existsSync(join(dir, d, 'index.html')))
      .map((d) => `timeline/${d}/index.html`),
  ];
};

describe.each(pages().map((p) => [p] as const))('built %s', (page) => {
  test('has no out-of-order entry', () => {
    const placedByFollows = new Set(loadDataset(ROOT).events.flatMap((e) => (e.follows ? [e.id] : [])));
    const starts = entryStarts(readFileSync(join(DIST, page), 'utf8'), placedByFollows);
    expect(starts.length).toBeGreaterThan(0);
    expect(outOfOrder(starts)).toEqual([]);
  });
  test('prints each event after the one its source puts before it (follows)', () => {
    const follows = new Map(loadDataset(ROOT).events.flatMap((e) => (e.follows ? [[e.id, e.follows] as const] : [])));
    expect(follows.size).toBeGreaterThan(0);
    expect(beforeWhatTheyFollow(entryIds(readFileSync(join(DIST, page), 'utf8')), follows)).toEqual([]);
  });
});

test('an event printed before the one it follows is caught', () => {
  expect(beforeWhatTheyFollow(['tuesday', 'saturday'], new Map([['tuesday', 'saturday']]))).toEqual([
    'tuesday is printed before saturday, which it follows',
  ]);
});

test('an out-of-order page is caught (the test can fail)', () => {
  const html = ['2025-05-10', '2025-05', '2025-08-31', '2025-08']
    .map(
      (d, i) =>
        `<li id="event-e${i}" class="timeline-event" data-precision="day"><p><time datetime="${d}">x</time></p></li>`,
    )
    .join('');
  expect(outOfOrder(entryStarts(html))).toEqual([
    '2025-05-10 is followed by 2025-05-00',
    '2025-08-31 is followed by 2025-08-00',
  ]);
});
