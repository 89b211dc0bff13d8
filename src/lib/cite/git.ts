/**
 * Dates and versions from git, for "last updated", "view source at this commit", citations and
 * the changelog. CI builds from a full clone; when git or history is missing (a tarball, a
 * shallow clone, an uncommitted new page) every function falls back to the build date and says so.
 */
import { execFileSync } from 'node:child_process';

export interface FileHistory {
  /** First commit that touched the file (following renames): first publication. ISO 8601. */
  published: string;
  /** Latest commit that touched it: last update. ISO 8601. */
  updated: string;
  /** Full hash of the latest commit, for a permanent "view source" link; null without history. */
  commit: string | null;
  /** False when the dates are the build date because git had no history for the file. */
  fromGit: boolean;
}

/**
 * The build's date: SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when set,
 * else now. Used as the "accessed" date in citations, since the HTML is fixed at build time.
 */
export function buildDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/** 'YYYY-MM-DD' in UTC. */
export function isoDay(date: Date | string): string {
  return (typeof date === 'string' ? new Date(date) : date).toISOString().slice(0, 10);
}

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

const historyCache = new Map<string, FileHistory>();
let shallow: boolean | undefined;

/** A shallow clone (CI's default depth 1) would date every file to the tip commit: don't trust it. */
function isShallow(cwd: string): boolean {
  if (shallow === undefined) {
    shallow = git(['rev-parse', '--is-shallow-repository'], cwd)?.trim() === 'true';
    if (shallow)
      console.warn(
        '[cite] shallow git clone: page dates fall back to the build date; fetch full history (fetch-depth: 0) for real dates',
      );
  }
  return shallow;
}

/** First and latest commit from `git log --format=%aI%x09%H` output (newest first); the build date without history. */
function historyFromLog(out: string | null): FileHistory {
  const rows = (out ?? '')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((row) => row.split('\t') as [string, string]);
  const latest = rows[0];
  const first = rows.at(-1);
  const now = buildDate().toISOString();
  return latest && first
    ? { published: first[0], updated: latest[0], commit: latest[1], fromGit: true }
    : { published: now, updated: now, commit: null, fromGit: false };
}

/** History of one file, path relative to the repository root (e.g. "content/pages/tariffs.mdx"). */
export function fileHistory(path: string, cwd = process.cwd()): FileHistory {
  const cached = historyCache.get(path);
  if (cached) return cached;
  const history = historyFromLog(
    isShallow(cwd) ? null : git(['log', '--follow', '--format=%aI%x09%H', '--', path], cwd),
  );
  historyCache.set(path, history);
  return history;
}

/**
 * History of several files or folders together (e.g. the data a page is built from): first and
 * latest commit touching any of them. Folders are read without --follow, which takes one file.
 */
export function pathsHistory(paths: readonly string[], cwd = process.cwd()): FileHistory {
  if (paths.length === 1 && !paths[0]!.endsWith('/')) return fileHistory(paths[0]!, cwd);
  const key = `paths:${[...paths].sort().join('|')}`;
  const cached = historyCache.get(key);
  if (cached) return cached;
  const history = historyFromLog(isShallow(cwd) ? null : git(['log', '--format=%aI%x09%H', '--', ...paths], cwd));
  historyCache.set(key, history);
  return history;
}
