/**
 * The built timeline (and each theme's timeline) lists entries by the start of their span: no
 * entry starts before the one above it, and a month or year known only as such comes before the
 * dated days it contains (it starts on their first day).
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project';

const DIST = join(ROOT, 'dist');

/** The start of each entry's span, in page order, from <li class="timeline-event"> … <time datetime>. */
export function entryStarts(html: string): string[] {
  return [...html.matchAll(/<li id="event-[^"]+" class="timeline-event"[^>]*>[\s\S]*?<time datetime="([^"]+)"/g)].map((m) => {
    const [year, month = '00', day = '00'] = m[1]!.split('/')[0]!.split('-');
    return `${year}-${month}-${day}`;
  });
}

export function outOfOrder(starts: string[]): string[] {
  return starts.flatMap((start, i) => (i > 0 && start < starts[i - 1]! ? [`${starts[i - 1]} is followed by ${start}`] : []));
}

const pages = () => {
  const dir = join(DIST, 'timeline');
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run "npm run build" first (npm test does)`);
  return ['timeline/index.html', ...readdirSync(dir).filter((d) => existsSync(join(dir, d, 'index.html'))).map((d) => `timeline/${d}/index.html`)];
};

describe.each(pages().map((p) => [p] as const))('built %s', (page) => {
  test('has no out-of-order entry', () => {
    const starts = entryStarts(readFileSync(join(DIST, page), 'utf8'));
    expect(starts.length).toBeGreaterThan(0);
    expect(outOfOrder(starts)).toEqual([]);
  });
});

test('an out-of-order page is caught (the test can fail)', () => {
  const html = ['2025-05-10', '2025-05', '2025-08-31', '2025-08'].map((d, i) => `<li id="event-e${i}" class="timeline-event" data-precision="day"><p><time datetime="${d}">x</time></p></li>`).join('');
  expect(outOfOrder(entryStarts(html))).toEqual(['2025-05-10 is followed by 2025-05-00', '2025-08-31 is followed by 2025-08-00']);
});
