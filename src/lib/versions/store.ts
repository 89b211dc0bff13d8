/**
 * The version store of this repository (public/v/versions.json), read once per build by the
 * history pages, the TimeMaps, the live pages' version links, the changelog and the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from './release';
import { VERSIONS_DIR, type Manifest } from './freeze';

let cached: Manifest | undefined;

/** The manifest of the project at `root` (the build's working directory by default). */
export function versionStore(root = process.cwd()): Manifest {
  return (cached ??= readManifest(join(root, VERSIONS_DIR)));
}

/** A frozen file of a version, as stored: its HTML or Markdown twin. */
export function frozenFile(
  date: string,
  pagePath: string,
  file: 'index.html' | 'index.md',
  root = process.cwd(),
): string | undefined {
  const path = join(root, VERSIONS_DIR, date, pagePath, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
