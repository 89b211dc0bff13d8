/** Readable names for the themes the data uses (schema.ts themeSchema), for filter links, tags and page titles. */
import type { Theme } from './schema';

export const THEME_LABEL: Record<Theme, string> = {
  tariffs: 'Tariffs',
  crude: 'Crude oil',
  trade: 'Trade',
  defence: 'Defence',
  autonomy: 'Strategic autonomy',
  pakistan: 'Pakistan',
  people: 'People and visas',
  diplomacy: 'Diplomacy',
  analysis: 'Analysis',
};
