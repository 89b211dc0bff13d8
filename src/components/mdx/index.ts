/**
 * The component barrel: everything an MDX page may use. The layout passes these to every page,
 * so pages need no imports; `import { … } from '~/components/mdx'` is the only import allowed.
 * The MDX check reads this file to know which components pages may use (src/lib/remark/mdx-tree.ts).
 */
export { default as Fig } from './Fig.astro';
export { default as When } from './When.astro';
export { default as Quote } from './Quote.astro';
export { default as Cite } from './Cite.astro';
export { default as Aside } from './Aside.astro';
export { default as Chart } from './Chart.astro';
export { default as Reading } from './Reading.astro';
