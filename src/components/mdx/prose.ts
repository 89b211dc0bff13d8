/**
 * The prose components: what every MDX page may use, the home page included. The home route
 * imports this barrel rather than ./index.ts so <Chart>'s stylesheet stays off the home page (it
 * shows its chart as an image); the MDX check reads this file to know what the home page gets
 * (src/lib/remark/mdx-tree.ts componentsFor).
 */
export { default as Fig } from './Fig.astro';
export { default as When } from './When.astro';
export { default as Quote } from './Quote.astro';
export { default as Cite } from './Cite.astro';
export { default as Aside } from './Aside.astro';
export { default as Reading } from './Reading.astro';
