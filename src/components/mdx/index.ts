/**
 * The component barrel: everything an MDX page may use. The routes pass these to every page
 * (src/pages/[...slug].astro; the home route passes the prose ones from ./prose.ts), so pages
 * need no imports; `import { … } from '~/components/mdx'` is the only import allowed.
 * The MDX check reads this file to know which components pages may use (src/lib/remark/mdx-tree.ts).
 */
export * from './prose';
export { default as Chart } from './Chart.astro';
