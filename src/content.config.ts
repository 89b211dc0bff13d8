import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  chartSchema,
  conflictSchema,
  eventSchema,
  figureInputSchema,
  glossaryEntrySchema,
  pageSchema,
  personSchema,
  sourceSchema,
  unusedLineSchema,
} from './lib/provenance/schema';
import { DATA_FILES } from './lib/provenance/data-files';
import { yamlListLoader } from './lib/provenance/yaml-loader';

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
    schema: pageSchema,
  }),
  sources: defineCollection({ loader: yamlListLoader(DATA_FILES.sources), schema: sourceSchema }),
  figures: defineCollection({ loader: yamlListLoader(DATA_FILES.figures), schema: figureInputSchema }),
  events: defineCollection({ loader: yamlListLoader(DATA_FILES.events), schema: eventSchema }),
  conflicts: defineCollection({ loader: yamlListLoader(DATA_FILES.conflicts), schema: conflictSchema }),
  unused: defineCollection({ loader: yamlListLoader(DATA_FILES.unused), schema: unusedLineSchema }),
  glossary: defineCollection({ loader: yamlListLoader(DATA_FILES.glossary), schema: glossaryEntrySchema }),
  people: defineCollection({ loader: yamlListLoader(DATA_FILES.people), schema: personSchema }),
  charts: defineCollection({ loader: yamlListLoader(DATA_FILES.charts), schema: chartSchema }),
};
