import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DATA_SCHEMAS, pageSchema } from './lib/provenance/schema';
import { yamlListLoader } from './lib/provenance/yaml-loader';
import { PAGES_DIR } from './lib/provenance/data-files';

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `./${PAGES_DIR}` }),
    schema: pageSchema,
  }),
  sources: defineCollection({ loader: yamlListLoader('sources'), schema: DATA_SCHEMAS.sources }),
  figures: defineCollection({ loader: yamlListLoader('figures'), schema: DATA_SCHEMAS.figures }),
  events: defineCollection({ loader: yamlListLoader('events'), schema: DATA_SCHEMAS.events }),
  conflicts: defineCollection({ loader: yamlListLoader('conflicts'), schema: DATA_SCHEMAS.conflicts }),
  unused: defineCollection({ loader: yamlListLoader('unused'), schema: DATA_SCHEMAS.unused }),
  glossary: defineCollection({ loader: yamlListLoader('glossary'), schema: DATA_SCHEMAS.glossary }),
  people: defineCollection({ loader: yamlListLoader('people'), schema: DATA_SCHEMAS.people }),
  charts: defineCollection({ loader: yamlListLoader('charts'), schema: DATA_SCHEMAS.charts }),
  corrections: defineCollection({ loader: yamlListLoader('corrections'), schema: DATA_SCHEMAS.corrections }),
};
