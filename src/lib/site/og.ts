/** Where a page's social card lives: one PNG per page, made at build time by src/pages/og/[slug].png.ts. */
export function ogImagePath(pageId: string): string {
  return `og/${pageId}.png`;
}
