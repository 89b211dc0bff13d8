/**
 * How a `<Reading>` block (the site's own interpretation) is labelled, wherever it is shown: the
 * HTML page (src/components/mdx/Reading.astro) and the Markdown twin (markdown-twin.ts). One place,
 * so the two never label it differently.
 */
export const READING_DEFAULT_TITLE = 'Our reading';
export const READING_NOTE = "This is the site's interpretation of the sources, not a source's own statement.";
