/**
 * One place for the site's identity and where it is hosted. `SITE_URL` and `BASE_PATH`
 * override the defaults, so the same build works at a domain root or under a sub-path
 * (e.g. GitHub Pages at https://owner.github.io/repo/ → BASE_PATH=/repo).
 */
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/*|\/*$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export const SITE = {
  name: 'India, Russia & the US: a sourced explainer',
  shortName: 'India–Russia–US Explainer',
  /** Author for citations: the site as an organisation. */
  author: 'India–Russia–US Explainer contributors',
  description:
    'How US tariffs, Russian oil and strategic autonomy shaped India’s ties with the United States and Russia in 2025–2026 — every figure traced to its source line.',
  url: (env.SITE_URL ?? 'https://india-russia-us.github.io').replace(/\/+$/, ''),
  base: normaliseBase(env.BASE_PATH),
  /** Repository for "view source at this commit" links and error reports. */
  repository: env.SITE_REPOSITORY ?? 'https://github.com/india-russia-us/explainer',
  language: 'en',
  licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
} as const;
