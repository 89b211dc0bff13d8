/**
 * One mark per claim in the built pages (issue 17.2, 18.3): on every HTML page and Markdown twin,
 * no sentence shows the same mark number twice ("25%[2].[2]", "$66 billion[1] in 2024[1]"), and no
 * two marks with the same target stand side by side. The scanner is checked on purpose-made
 * examples first, so a passing run means the pages are clean, not that the scanner is blind.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/project';

const DIST = join(ROOT, 'dist');
const OPEN = '\u0001';
const CLOSE = '\u0002';
const BLOCK =
  /<\/?(?:p|li|h[1-6]|td|th|tr|div|section|article|blockquote|dd|dt|figcaption|ol|ul|table|nav|header|footer|main|aside|details|summary|figure|br)\b[^>]*>/g;

interface Token {
  n: string;
  target: string;
}

/** Marks as tokens "\u0001n|target\u0002" in reader text, blocks as blank lines. */
function htmlToTokens(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<span class="cite-preview"[\s\S]*?<\/span><\/sup>/g, '</sup>')
    .replace(
      /<sup class="cite"><a [^>]*?href="([^"]*)"[^>]*>\[(\d+)\]<\/a><\/sup>/g,
      (_, href: string, n: string) => `${OPEN}${n}|${href}${CLOSE}`,
    )
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]+>/g, '');
}

/** Footnote references "[^n]" as tokens (their target is the footnote itself); definitions dropped. */
function markdownToTokens(md: string): string {
  return md
    .split('\n')
    .filter((line) => !/^\[\^\d+\]:/.test(line))
    .join('\n')
    .replace(/\[\^(\d+)\]/g, (_, n: string) => `${OPEN}${n}|#fn-${n}${CLOSE}`);
}

/** What is wrong with the marks of a text in token form: a number twice in a sentence, or twin marks side by side. */
export function markProblems(tokens: string): string[] {
  const problems: string[] = [];
  const marked = new RegExp(`${OPEN}(\\d+)\\|([^${CLOSE}]*)${CLOSE}`, 'g');
  // A sentence ends at a stop followed by space; marks right after the stop still belong to it.
  const sentences = tokens
    .replace(new RegExp(`([.!?]["'”’)]*(?:${OPEN}[^${CLOSE}]*${CLOSE})*)\\s+`, 'g'), '$1\n\n')
    .split(/\n\s*\n/);
  for (const sentence of sentences) {
    const marks: (Token & { at: number; end: number })[] = [...sentence.matchAll(marked)].map((m) => ({
      n: m[1]!,
      target: m[2]!,
      at: m.index,
      end: m.index + m[0].length,
    }));
    const readable = () => sentence.replace(marked, '[$1]').replace(/\s+/g, ' ').trim().slice(0, 160);
    const seen = new Set<string>();
    for (const mark of marks) {
      if (seen.has(mark.n)) problems.push(`mark [${mark.n}] twice in one sentence: "${readable()}"`);
      seen.add(mark.n);
    }
    marks.slice(1).forEach((mark, i) => {
      const before = marks[i]!;
      const between = sentence.slice(before.end, mark.at);
      if (mark.target === before.target && !/[\p{L}\p{N}]/u.test(between)) {
        problems.push(`two marks to ${mark.target} side by side: "${readable()}"`);
      }
    });
  }
  return problems;
}

describe('the mark scanner (broken on purpose)', () => {
  const mark = (n: number, seed = 'aljazeera', line = 4) =>
    `<sup class="cite"><a id="r" href="/sources/${seed}/#L${line}" aria-label="x">[${n}]</a><span class="cite-preview" id="p" hidden>Al Jazeera, line 4: “words.” https://x</span></sup>`;
  test('finds "25%[2].[2]", "$66 billion[1] in 2024[1]" and twin marks in a Markdown twin', () => {
    expect(markProblems(htmlToTokens(`<p>The rate was 25%${mark(2)}.${mark(2)} Then it rose.</p>`))).toHaveLength(2);
    expect(markProblems(htmlToTokens(`<p>Trade hit $66 billion${mark(1)} in 2024${mark(1)}.</p>`))).toEqual([
      expect.stringMatching(/\[1\] twice in one sentence/),
    ]);
    expect(markProblems(markdownToTokens('It was 25%[^2].[^2] Next.\n\n[^2]: Al Jazeera, line 4'))).toHaveLength(2);
  });
  test('accepts one mark per sentence, the same line in the next sentence, and different lines side by side', () => {
    expect(
      markProblems(htmlToTokens(`<p>The rate was 25%.${mark(2)} It stayed 25%.${mark(2)}</p><p>Again${mark(2)}.</p>`)),
    ).toEqual([]);
    expect(markProblems(htmlToTokens(`<p>Both say so.${mark(1)}${mark(2, 'invezz', 41)}</p>`))).toEqual([]);
  });
});

function pages(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!['_astro', 'pagefind', 'embed'].includes(entry.name)) pages(path, found);
    } else if (entry.name === 'index.html' || entry.name === 'index.md') found.push(path);
  }
  return found;
}

describe.runIf(existsSync(join(DIST, 'index.html')))('built pages: one mark per claim', () => {
  const files = pages(DIST);
  test('the build has pages and twins to scan', () => {
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(20);
    expect(files.filter((f) => f.endsWith('.md')).length).toBeGreaterThan(5);
  });
  test('no page shows a mark number twice in a sentence, or two marks to one target side by side', () => {
    const problems = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const tokens = file.endsWith('.md') ? markdownToTokens(text) : htmlToTokens(text);
      return markProblems(tokens).map((p) => `dist/${relative(DIST, file)}: ${p}`);
    });
    expect(
      problems,
      `${problems.length} doubled marks. Fix: cite the line once, at the end of the clause it supports`,
    ).toEqual([]);
  });
});
