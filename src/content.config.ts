import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  chartSchema,
  conflictSchema,
  correctionSchema,
  eventSchema,
  figureInputSchema,
  glossaryEntrySchema,
  pageSchema,
  personSchema,
  sourceSchema,
  unusedLineSchema,
} from './lib/provenance/schema';
import { yamlListLoader } from './lib/provenance/yaml-loader';
import { PAGES_DIR } from './lib/provenance/data-files';

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `./${PAGES_DIR}` }),
    schema: pageSchema,
  }),
  sources: defineCollection({ loader: yamlListLoader('sources'), schema: sourceSchema }),
  figures: defineCollection({ loader: yamlListLoader('figures'), schema: figureInputSchema }),
  events: defineCollection({ loader: yamlListLoader('events'), schema: eventSchema }),
  conflicts: defineCollection({ loader: yamlListLoader('conflicts'), schema: conflictSchema }),
  unused: defineCollection({ loader: yamlListLoader('unused'), schema: unusedLineSchema }),
  glossary: defineCollection({ loader: yamlListLoader('glossary'), schema: glossaryEntrySchema }),
  people: defineCollection({ loader: yamlListLoader('people'), schema: personSchema }),
  charts: defineCollection({ loader: yamlListLoader('charts'), schema: chartSchema }),
  corrections: defineCollection({ loader: yamlListLoader('corrections'), schema: correctionSchema }),
};
