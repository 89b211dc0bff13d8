/**
 * Astro integration: verify all sourced data against seeds/.
 *
 * - `astro build` (and the start of `astro dev`): verified before anything is built; a single
 *   wrong digit in a quote, value or line number stops it with a message naming the data file
 *   and the entry.
 * - `astro dev`, live: when a file under content/data/ or seeds/ changes, the verifier runs again
 *   (the whole dataset takes well under 100 ms) and a fault shows at once in the terminal and in
 *   the browser's error overlay; every page answers with that error until it is fixed, and the
 *   fix reloads the page without a restart. An MDX page that changes is re-checked by the remark
 *   check when Vite recompiles it; the data it checks against is re-read after any data change.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { clearProjectCache, verifySharedProject } from '../lib/provenance/load';
import { DATA_FILES, PROVENANCE_INPUTS, SEEDS_DIR } from '../lib/provenance/data-files';
import { formatError } from '../lib/provenance/verify';
import type { ErrorCode, VerifyError } from '../lib/provenance/types';

/** Is this absolute path one the verifier reads (data YAML or a seed)? */
export function isProvenanceInput(root: string, file: string): boolean {
  const rel = relative(root, file).split(sep).join('/');
  return PROVENANCE_INPUTS.some((dir) => rel.startsWith(dir));
}

/**
 * How to fix a problem, chosen by its code (the kind of problem the check reported), never by its
 * wording; the message itself says what was expected and found.
 */
export function hintFor(error: VerifyError): string {
  const open = `Open ${error.file} and find the entry \`id: ${error.id}\`.`;
  // The overlay renders hints as HTML: no angle brackets, so name the real seed:line.
  const at = error.at ?? 'seed:line';
  const hints: Record<ErrorCode, string> = {
    'seed-changed': `Seeds are never edited: restore ${error.file.includes(`${SEEDS_DIR}/`) ? error.file : 'the seed'} from the original (\`git checkout -- ${SEEDS_DIR}/\`).`,
    'quote-not-found': `${open} Copy the quote exactly from ${at} (the message shows that line), or run \`npm run figure -- ${at} "words from the line"\` to print a checked entry.`,
    boilerplate: `${open} That line is page furniture (see \`boilerplate\` in ${DATA_FILES.sources}): cite a line of the article itself.`,
    bound: `${open} Keep the source's own hedge as the figure's \`bound\` (exact | about | over | nearly | less-than | up-to).`,
    'value-not-in-quote': `${open} Make the value agree with the quoted words (or, for a derived figure, with its formula).`,
    'derived-recompute': `${open} Make the value agree with the quoted words (or, for a derived figure, with its formula).`,
    date: `${open} A date may be no more precise than the quoted words (CONTRIBUTING.md §2 says how to add \`yearFrom\`, \`inference\` or a date source).`,
    claimant: `${open} Name who makes the claim with \`claimedBy\`, or say with \`ownVoice\` why the site may state it (CONTRIBUTING.md, "Who says so").`,
  };
  return error.code ? hints[error.code] : `${open} CONTRIBUTING.md §4 lists each message and its fix.`;
}

/** Astro's public error type (message + hint), with the title and file its overlay shows. */
export class ProvenanceError extends AstroError {
  title = 'Provenance verification failed';
  /** The first problem's file, relative to the project root. */
  loc: { file: string };
  constructor(message: string, hint: string, file: string) {
    super(message, hint);
    this.loc = { file };
  }
}

/** One Astro error for all of the verifier's problems (undefined when there are none). */
export function provenanceFault(errors: VerifyError[]): ProvenanceError | undefined {
  if (errors.length === 0) return undefined;
  const count = `${errors.length} problem${errors.length === 1 ? '' : 's'}`;
  return new ProvenanceError(
    `Provenance verification failed (${count}):\n${errors.map(formatError).join('\n')}`,
    hintFor(errors[0]!),
    errors[0]!.file,
  );
}

/** Where the entry starts in its file (1-based line of `id: <id>`), so the overlay opens there. */
export function entryLine(text: string, id: string): number {
  const index = text
    .split('\n')
    .findIndex((line) =>
      new RegExp(`^\\s*-?\\s*id:\\s*['"]?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*(#.*)?$`).test(line),
    );
  return index + 1;
}

/** The error as Astro's overlay reads it: title, message, hint, and the file at the entry's line. */
function overlayPayload(root: string, fault: ProvenanceError, id: string) {
  const file = join(root, fault.loc.file);
  let line = 0;
  try {
    line = entryLine(readFileSync(file, 'utf8'), id);
  } catch {
    // A deleted file or a folder: name the file without a line.
  }
  return {
    name: 'ProvenanceError',
    title: fault.title,
    message: fault.message,
    hint: fault.hint,
    stack: '',
    id: fault.loc.file,
    plugin: 'provenance-verifier',
    loc: { file, line: Math.max(line, 1), column: 1 },
  };
}

/** A whole page for a request made while the data is faulty: the overlay, or plain text without JS. */
function errorPage(base: string, payload: ReturnType<typeof overlayPayload>): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(payload.title)}</title>
<script type="module">
const error = ${JSON.stringify(payload).replace(/</g, '\\u003c')};
const { ErrorOverlay } = await import(${JSON.stringify(`${base}@vite/client`)});
document.body.appendChild(new ErrorOverlay(error));
</script></head>
<body><h1>${escape(payload.title)}</h1><pre>${escape(payload.message)}</pre><p>Hint: ${escape(payload.hint ?? '')}</p></body></html>`;
}

/** Live verification while `astro dev` runs (see the header comment). */
function liveProvenance(
  root: string,
  logger: AstroIntegrationLogger,
  initialFault: { fault: ProvenanceError; id: string } | undefined,
): Plugin {
  let fault = initialFault?.fault;
  let faultId = initialFault?.id ?? '';

  function reverify(server: ViteDevServer, changed: string): void {
    const started = performance.now();
    // The remark check caches the project per root: drop it so pages see the edited data.
    clearProjectCache();
    const before = fault;
    const { errors } = verifySharedProject(root);
    fault = provenanceFault(errors);
    faultId = errors[0]?.id ?? '';
    const ms = Math.round(performance.now() - started);
    const what = relative(root, changed);
    if (fault) {
      logger.error(`${what} changed; ${fault.message}\nHint: ${fault.hint}`);
      server.hot.send({ type: 'error', err: overlayPayload(root, fault, faultId) });
    } else {
      logger.info(`${what} changed; provenance verified again in ${ms} ms`);
      // Re-run the remark check of MDX pages against the new data, then reload open pages.
      for (const environment of Object.values(server.environments)) {
        for (const [id, mod] of environment.moduleGraph.idToModuleMap) {
          if (id.endsWith('.mdx')) environment.moduleGraph.invalidateModule(mod);
        }
      }
      if (before) server.hot.send({ type: 'full-reload' });
    }
  }

  return {
    name: 'provenance-verifier:live',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(PROVENANCE_INPUTS.map((dir) => `${root}/${dir}`));
      const onFileEvent = (file: string) => {
        if (!isProvenanceInput(root, file)) return;
        try {
          reverify(server, file);
        } catch (error) {
          logger.error(`could not re-verify after ${relative(root, file)} changed: ${(error as Error).stack}`);
        }
      };
      server.watcher.on('change', onFileEvent);
      server.watcher.on('add', onFileEvent);
      server.watcher.on('unlink', onFileEvent);
      // While the data is faulty every page answers with the fault, so a reload cannot hide it.
      server.middlewares.use((req, res, next) => {
        const accept = req.headers.accept ?? '';
        if (!fault || !(accept.includes('text/html') || req.url?.endsWith('/'))) return next();
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(errorPage(server.config.base, overlayPayload(root, fault, faultId)));
      });
    },
  };
}

export default function provenance(): AstroIntegration {
  return {
    name: 'provenance-verifier',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root).replace(/\/$/, '');
        const { project, errors } = verifySharedProject(root);
        const fault = provenanceFault(errors);
        if (command === 'dev') {
          // The dev server starts even on faulty data (it shows the fault on every page), so a
          // fix takes effect without a restart.
          updateConfig({ vite: { plugins: [liveProvenance(root, logger, fault && { fault, id: errors[0]!.id })] } });
          if (fault) return logger.error(`${fault.message}\nHint: ${fault.hint}`);
        } else if (fault) {
          throw fault;
        }
        const { figures, events, conflicts, sources, glossary, people } = project.data;
        logger.info(
          `verified ${figures.length} figures, ${events.length} events, ${conflicts.length} conflicts, ${glossary.length} glossary terms and ${people.length} people against ${sources.length} seeds`,
        );
      },
    },
  };
}
