/**
 * Reads content/data/ and seeds/ from disk and validates entries with the same zod schemas
 * the content collections use. The one place the data is read: the build integration, the
 * content-collection loader (yaml-loader.ts), the remark check and the tests all start here.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { DATA_SCHEMAS } from './schema';
import { createHash } from 'node:crypto';
import { verifyDataset } from './verify';
import type { Dataset, Seed, VerifyError } from './types';
import type { Source } from './schema';
import { DATA_FILES, type DataCollection } from './data-files';
import { originKey, type Origins } from './lineage';

export interface Project {
  root: string;
  data: Dataset;
  seeds: Map<string, Seed>;
  /** Schema errors found while loading (the data that passed is still in `data`). */
  errors: VerifyError[];
  /** The data file each entry came from, keyed "collection/id", for error messages. */
  origins: Origins;
}

/** The YAML files behind a data path: the file itself, or every .yaml file in the folder. */
export function dataFilesFor(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => join(path, name));
}

/** Parse one YAML list file into raw entries, reporting what is wrong with the file itself. */
export function readYamlList(root: string, file: string, errors: VerifyError[]): unknown[] {
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    errors.push({ file, id: '(file)', message: `is not valid YAML: ${(error as Error).message}` });
    return [];
  }
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push({ file, id: '(file)', message: `expected a YAML list of entries, found ${typeof raw}` });
    return [];
  }
  return raw;
}

function loadList<T extends { id: string }>(
  root: string,
  collection: DataCollection,
  schema: z.ZodType<T>,
  errors: VerifyError[],
  origins: Map<string, string>,
): T[] {
  const path = DATA_FILES[collection];
  const files = dataFilesFor(root, path);
  if (files.length === 0)
    errors.push({
      file: path,
      id: '(file)',
      message: `missing data ${path.endsWith('/') ? 'folder' : 'file'} ${path}`,
    });
  const items: T[] = [];
  for (const file of files) {
    readYamlList(root, file, errors).forEach((entry, index) => {
      const result = schema.safeParse(entry);
      const id = (entry as { id?: unknown })?.id;
      if (result.success) {
        items.push(result.data);
        origins.set(originKey(collection, result.data.id), file);
      } else {
        for (const issue of result.error.issues) {
          errors.push({
            file,
            id: typeof id === 'string' ? id : `entry #${index + 1}`,
            message: `${issue.path.join('.') || '(entry)'}: ${issue.message}`,
          });
        }
      }
    });
  }
  return items;
}

export function loadDataset(root: string, errors: VerifyError[] = [], origins = new Map<string, string>()): Dataset {
  return {
    sources: loadList(root, 'sources', DATA_SCHEMAS.sources, errors, origins),
    figures: loadList(root, 'figures', DATA_SCHEMAS.figures, errors, origins),
    events: loadList(root, 'events', DATA_SCHEMAS.events, errors, origins),
    conflicts: loadList(root, 'conflicts', DATA_SCHEMAS.conflicts, errors, origins),
    unused: loadList(root, 'unused', DATA_SCHEMAS.unused, errors, origins),
    glossary: loadList(root, 'glossary', DATA_SCHEMAS.glossary, errors, origins),
    people: loadList(root, 'people', DATA_SCHEMAS.people, errors, origins),
    charts: loadList(root, 'charts', DATA_SCHEMAS.charts, errors, origins),
    corrections: loadList(root, 'corrections', DATA_SCHEMAS.corrections, errors, origins),
  };
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Build seed records from raw file contents keyed by file name. Missing files are simply absent. */
export function readSeeds(sources: Source[], files: Map<string, Uint8Array>): Map<string, Seed> {
  const seeds = new Map<string, Seed>();
  for (const source of sources) {
    const bytes = files.get(source.file);
    if (!bytes) continue;
    const text = new TextDecoder().decode(bytes);
    seeds.set(source.id, { source, text, lines: text.split('\n'), sha256: sha256(bytes) });
  }
  return seeds;
}

export function loadSeedFiles(root: string): Map<string, Uint8Array> {
  const dir = join(root, 'seeds');
  const files = new Map<string, Uint8Array>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)) files.set(name, readFileSync(join(dir, name)));
  return files;
}

export function loadProject(root: string): Project {
  const errors: VerifyError[] = [];
  const origins = new Map<string, string>();
  const data = loadDataset(root, errors, origins);
  const seeds = readSeeds(data.sources, loadSeedFiles(root));
  return { root, data, seeds, errors, origins };
}

/** Load and verify everything; schema errors first, then provenance errors (naming the exact file). */
export function verifyProject(root: string): { project: Project; errors: VerifyError[] } {
  const project = loadProject(root);
  return { project, errors: [...project.errors, ...verifyDataset(project.data, project.seeds, project.origins)] };
}

/**
 * The one load per build: cached per project root, the root normalised (no trailing slash, made
 * absolute), so astro.config.mjs, the content loader, the build integration, the remark check and
 * the pages that ask with process.cwd() all share it. The dev server clears it when data changes.
 */
// On globalThis: Astro evaluates this module more than once in one process (the config, the
// content layer and the page renderer each have their own module graph), and all share one load.
const CACHE_KEY = Symbol.for('india-russia-us-explainer.projectCache');
const cache: Map<string, Project> =
  ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as Map<string, Project>) ??
  ((globalThis as Record<symbol, unknown>)[CACHE_KEY] = new Map<string, Project>());
export function projectFor(root: string): Project {
  const key = resolve(root);
  let project = cache.get(key);
  if (!project) {
    project = loadProject(key);
    cache.set(key, project);
  }
  return project;
}
export function clearProjectCache(): void {
  cache.clear();
}

/** verifyProject over the shared load (projectFor): what the build integration and the dev server run. */
export function verifySharedProject(root: string): { project: Project; errors: VerifyError[] } {
  const project = projectFor(root);
  return { project, errors: [...project.errors, ...verifyDataset(project.data, project.seeds, project.origins)] };
}
