/**
 * The component barrel: everything an MDX page may use. The routes pass these to the pages, so
 * pages need no imports; `import { … } from '~/components/mdx'` is the only import allowed.
 * The prose components are in ./prose.ts (all the home page gets); topic pages also get <Chart>.
 * The MDX check reads both files to know which components each page may use
 * (src/lib/remark/mdx-tree.ts componentsFor).
 */
export * from './prose';
export { default as Chart } from './Chart.astro';
