/**
 * `npm run release -- "what changed, in plain words"` freezes every page that changed since the
 * last release at /v/<today>/<page>/ (see src/lib/versions/freeze.ts): it builds the site, then
 * writes the changed pages, their Markdown twins and their assets into public/v/ and records the
 * release in public/v/versions.json. Commit public/v/ afterwards: every later deploy serves it.
 *
 * Options: --dist <dir> freezes an existing build instead of building; --date YYYY-MM-DD names
 * the release day (default: today, UTC). A release in which nothing changed writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importSiteModule, ROOT } from './lib/site-code.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string' }, date: { type: 'string' } },
});
const summary = positionals.join(' ').trim();
if (summary.length < 10) {
  console.error(
    'Usage: npm run release -- "what changed, in plain words for readers" [--date YYYY-MM-DD] [--dist dir]',
  );
  process.exit(2);
}
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date must be YYYY-MM-DD, got "${date}"`);

// Where the site is hosted: the same SITE_URL and BASE_PATH the build reads.
const { SITE } = await importSiteModule<typeof import('../config/site.ts')>('src/config/site.ts');
const distDir = values.dist ?? join(ROOT, 'dist');
if (!values.dist) {
  // The pages are frozen as this build renders them, built as of the release day.
  const epoch = String(Math.floor(Date.parse(`${date}T12:00:00Z`) / 1000));
  execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: epoch },
  });
}

const { release } = await importSiteModule<typeof import('../lib/versions/release.ts')>('src/lib/versions/release.ts');
const result = release({
  distDir,
  storeDir: join(ROOT, 'public/v'),
  date,
  siteUrl: SITE.url,
  base: SITE.base,
  summary,
});
if (result.frozen.length === 0) console.log(`release ${date}: no page changed since the last release; nothing frozen`);
else
  console.log(
    `release ${date}: froze ${result.frozen.length} page(s) in public/v/${date}/: ${result.frozen.map((p) => `/${p}`).join(', ')}\nCommit public/v/.`,
  );
