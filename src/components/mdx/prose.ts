/**
 * The prose components: every MDX component except <Chart>. The home page route gets exactly
 * these (its chart is an image, and importing <Chart> would load the chart stylesheet there); the
 * MDX check reads this file to reject on the home page what its route does not provide
 * (src/lib/remark/mdx-tree.ts, componentsFor).
 */
export { default as Fig } from './Fig.astro';
export { default as When } from './When.astro';
export { default as Quote } from './Quote.astro';
export { default as Cite } from './Cite.astro';
export { default as Aside } from './Aside.astro';
export { default as Reading } from './Reading.astro';
