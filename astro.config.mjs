// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { fileURLToPath } from 'node:url';
import { SITE } from './src/config/site.ts';
import provenance from './src/integrations/provenance.ts';
import siteOutput from './src/integrations/site-output.ts';
import { rehypeExternalLinks } from './src/lib/rehype/external-links.ts';
import { remarkProvenanceCheck } from './src/lib/remark/provenance-check.ts';
import { rehypeHeadingAnchors } from './src/lib/rehype/heading-anchors.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // Astro's content data store lives here. `npm test` gives the type check its own
  // (ASTRO_CACHE_DIR, src/scripts/test.ts): the check and the build sync content at the same time,
  // and two writers renaming one data-store.json.tmp made one of them fail.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site: SITE.url,
  base: SITE.base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Shiki writes inline style="…" on every token, which the CSP below forbids (and Astro warns
    // about). The pages hold no code to highlight, so highlighting is off.
    syntaxHighlight: false,
    // Astro 7's default processor (Sätteri) ignores remark plugins; the provenance check is one.
    processor: unified({
      remarkPlugins: [remarkGfm, [remarkProvenanceCheck, { root }]],
      rehypePlugins: [rehypeHeadingAnchors, [rehypeExternalLinks, { site: SITE.url }]],
    }),
  },
  integrations: [provenance(), mdx(), siteOutput()],
  security: {
    // Astro hashes the scripts and styles it emits and writes a CSP <meta> into every page.
    // Everything else the site loads is its own: 'self' only. 'wasm-unsafe-eval' lets the
    // Pagefind search (loaded on demand on /search/) compile its WebAssembly; it allows no JS eval.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  // Never inline bundled <script>s into the HTML: the site's CSP allows only script files.
  vite: { build: { assetsInlineLimit: 0 } },
});
