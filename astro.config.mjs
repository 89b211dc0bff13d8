// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { fileURLToPath } from 'node:url';
import { SITE } from './src/config/site.ts';
import provenance from './src/integrations/provenance.ts';
import { remarkProvenanceCheck } from './src/lib/remark/provenance-check.ts';
import { rehypeHeadingAnchors } from './src/lib/rehype/heading-anchors.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark plugins; the provenance check is one.
    processor: unified({
      remarkPlugins: [remarkGfm, [remarkProvenanceCheck, { root }]],
      rehypePlugins: [rehypeHeadingAnchors],
    }),
  },
  integrations: [provenance(), mdx()],
  devToolbar: { enabled: false },
  // Never inline bundled <script>s into the HTML: the site's CSP allows only script files.
  vite: { build: { assetsInlineLimit: 0 } },
});
