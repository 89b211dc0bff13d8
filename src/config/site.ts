/**
 * One place for the site's identity and where it is hosted. `SITE_URL`, `BASE_PATH` and
 * `SITE_REPOSITORY` override the defaults, so the same build works at a domain root or under a
 * sub-path (e.g. GitHub Pages at https://owner.github.io/repo/ → BASE_PATH=/repo). The values are
 * validated here, so a bad one stops the build with a message naming the variable.
 */
import { z } from 'astro/zod';

const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

const hostedSchema = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'SITE_URL must be an absolute http(s) URL such as https://owner.github.io' })
    .refine((url) => URL.canParse(url) && new URL(url).pathname.replace(/\/+$/, '') === '' && !/[?#]/.test(url), {
      error:
        'SITE_URL is the origin only (no path, query or fragment); put a sub-path in BASE_PATH (e.g. BASE_PATH=/repo)',
      abort: true,
    })
    .default('https://india-russia-us.github.io'),
  BASE_PATH: z
    .string()
    .trim()
    .regex(
      /^\/?(?:[A-Za-z0-9._~-]+\/?)*$/,
      'BASE_PATH is a path such as /repo or /docs/site/ (letters, digits, . _ ~ - and slashes)',
    )
    .default('/'),
  SITE_REPOSITORY: z
    .url({ protocol: /^https$/, error: 'SITE_REPOSITORY must be an https URL of the repository' })
    .default('https://github.com/india-russia-us/explainer'),
});

/** Where the site is hosted, from environment variables; throws naming each bad variable. */
export function hostingFrom(env: Record<string, string | undefined>): z.infer<typeof hostedSchema> {
  const result = hostedSchema.safeParse({
    SITE_URL: env.SITE_URL,
    BASE_PATH: env.BASE_PATH,
    SITE_REPOSITORY: env.SITE_REPOSITORY,
  });
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}=${JSON.stringify(env[String(issue.path[0])])}: ${issue.message}`,
    );
    throw new Error(`Invalid site configuration (src/config/site.ts):\n${problems.join('\n')}`);
  }
  return result.data;
}

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/*|\/*$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const hosted = hostingFrom(env);

export const SITE = {
  name: 'India, Russia & the US: a sourced explainer',
  shortName: 'India–Russia–US Explainer',
  /** Author for citations: the site as an organisation. */
  author: 'India–Russia–US Explainer contributors',
  description:
    'How US tariffs, Russian oil and strategic autonomy shaped India’s ties with the United States and Russia in 2025–2026 — every figure traced to its source line.',
  url: hosted.SITE_URL.replace(/\/+$/, ''),
  base: normaliseBase(hosted.BASE_PATH),
  /** Repository for "view source at this commit" links and error reports. */
  repository: hosted.SITE_REPOSITORY,
  language: 'en',
  licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
} as const;
