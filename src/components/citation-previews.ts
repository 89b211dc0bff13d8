/**
 * Per-render state of a page's citation previews, keyed by the render's Request (one per page in
 * `astro build`, one per request in `astro dev`, so a re-render starts afresh). A module of its own
 * because .astro frontmatter runs once per render and cannot hold state across the marks of a page.
 */

/** Which lines' previews a page render has already written (CitationMark writes each once per page). */
export const PREVIEWS_WRITTEN = new WeakMap<Request, Set<string>>();

/**
 * Page renders whose every mark has its endnote on the same page (TopicLayout's source list, with
 * ids `cite-note-<n>`). Their marks write no preview of their own: the browser script builds it
 * from the endnote, which already says the source, headline, line and the words relied on. The
 * preview only ever shows with JavaScript, so the page loses nothing and carries each line once.
 */
export const PREVIEWS_FROM_NOTES = new WeakSet<Request>();
