/**
 * Astro integration: verify all sourced data against seeds/ before anything is built.
 * A single wrong digit in a quote, value or line number stops `astro build` and `astro dev`
 * with a message naming the data file and figure.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { verifyProject } from '../lib/provenance/load';
import { formatError } from '../lib/provenance/verify';

export default function provenance(): AstroIntegration {
  return {
    name: 'provenance-verifier',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { project, errors } = verifyProject(root);
        if (errors.length) {
          throw new Error(
            `Provenance verification failed (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.map(formatError).join('\n')}`,
          );
        }
        const { figures, events, conflicts, sources, glossary, people } = project.data;
        logger.info(
          `verified ${figures.length} figures, ${events.length} events, ${conflicts.length} conflicts, ${glossary.length} glossary terms and ${people.length} people against ${sources.length} seeds`,
        );
      },
    },
  };
}
