/**
 * `npm run figure -- <seed>:<line> "words on that line"` prints a figure entry ready to paste
 * into content/data/figures/<theme>.yaml, after checking that the words are on the line, that
 * the line is not boilerplate, and which hedge the source uses (see lib/figure-draft.ts).
 *
 * The project's TypeScript (src/lib/) is loaded through Vite's module runner, like the build.
 */
import { importSiteModule, ROOT } from './lib/site-code.ts';

const [at, ...rest] = process.argv.slice(2);
const words = rest.join(' ');
if (!at || !words) {
  console.error(
    'Usage: npm run figure -- <seed>:<line> "words on that line"\n  e.g. npm run figure -- hindustantimes:13 "reached a record $66 billion in 2024"',
  );
  process.exit(2);
}

const loader = await importSiteModule<typeof import('../lib/provenance/load.ts')>('src/lib/provenance/load.ts');
const drafts = await importSiteModule<typeof import('./lib/figure-draft.ts')>('src/scripts/lib/figure-draft.ts');
const draft = drafts.draftFigure(loader.loadProject(ROOT), at, words);
if (draft.problems.length) {
  console.error(`No entry: ${draft.problems.join('\n')}`);
  process.exit(1);
}
console.log(draft.yaml);
console.log(`\n${draft.notes.map((n) => `# ${n}`).join('\n')}`);
