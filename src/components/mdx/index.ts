/**
 * The component barrel: everything an MDX page may use. The layout passes these to every page,
 * so pages need no imports; `import { … } from '~/components/mdx'` is the only import allowed.
 * Keep this list equal to MDX_COMPONENTS in src/lib/remark/provenance-check.ts (a test checks).
 */
export { default as Fig } from './Fig.astro';
export { default as When } from './When.astro';
export { default as Quote } from './Quote.astro';
export { default as Cite } from './Cite.astro';
export { default as Aside } from './Aside.astro';
export { default as Chart } from './Chart.astro';
export { default as Reading } from './Reading.astro';
