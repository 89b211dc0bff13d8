/**
 * Which lines' previews a page render has already written (CitationMark writes each line's preview
 * once per page). Keyed by the render's Request: one per page in `astro build` and per request in
 * `astro dev`, so a re-render starts afresh. A module of its own because .astro frontmatter runs
 * once per render and cannot hold state across the marks of one page.
 */
export const PREVIEWS_WRITTEN = new WeakMap<Request, Set<string>>();
