/**
 * The standalone SVG's own stylesheet, derived from the page's stylesheets so the two cannot
 * drift: every `.chart-svg …` rule of the chart stylesheet (src/components/charts/chart.css), with
 * the `--chart-*` custom properties resolved to the light theme's colours, then an
 * `@media (prefers-color-scheme: dark)` block with the rules whose colours differ in the dark theme.
 * The page's theme colours (`--fg`, `--muted`, `--bg`) come from src/styles/global.css, so the
 * file's dark paper and ink are the page's. Inside an <img> (the home page's chart) the media query
 * follows the embedding page's `color-scheme`, which the site's theme switch sets on <html>, so the
 * image turns dark with the page whether the system or the reader chose dark; a file opened on its
 * own follows the viewer, and a viewer without CSS media queries draws it light on white.
 * Rules for focus and hover are left out: the file's marks are not interactive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Rule } from 'postcss';

/** The page's chart stylesheet and theme colours, read at build time from the project root (like the data). */
export const CHART_CSS = 'src/components/charts/chart.css';
export const THEME_CSS = 'src/styles/global.css';

type Scheme = 'light' | 'dark';

/**
 * "light-dark(#0068a3, #56b4e9)" → "#0068a3" (light) or "#56b4e9" (dark); "var(--fg, #1a1a1a)" → the
 * property or its fallback.
 */
function schemeValue(value: string, properties: Map<string, string>, scheme: Scheme): string {
  return value
    .replace(
      /var\((--[\w-]+)(?:,\s*([^()]*))?\)/g,
      (whole, name: string, fallback?: string) => properties.get(name) ?? fallback?.trim() ?? whole,
    )
    .replace(/light-dark\(\s*([^,()]+),\s*([^()]+)\)/g, (_, light: string, dark: string) =>
      (scheme === 'light' ? light : dark).trim(),
    );
}

const INTERACTIVE = /:focus|:hover|\.is-active|^\.mark$/;

/** The page's theme colours the chart stylesheet reads (ink, muted text, paper); fonts stay the file's own. */
const THEME_COLOURS = /^--(?:fg|muted|bg)$/;

/** Custom properties of the top-level rules with this selector, resolved for a scheme. */
function collectProperties(
  root: postcss.Root,
  selector: string,
  properties: Map<string, string>,
  scheme: Scheme,
  names: RegExp = /^--/,
) {
  for (const node of root.nodes) {
    if (node.type !== 'rule' || node.selector !== selector) continue;
    node.walkDecls(names, (decl) => {
      properties.set(decl.prop, schemeValue(decl.value, properties, scheme));
    });
  }
}

/** The file's rules for one scheme, in chart.css order: "selector{prop:value;…}". */
function rulesFor(chart: postcss.Root, theme: postcss.Root, scheme: Scheme): string[] {
  const properties = new Map<string, string>();
  collectProperties(theme, ':root', properties, scheme, THEME_COLOURS);
  // The top-level `.chart` rule only: the print block redefines the properties for paper.
  collectProperties(chart, '.chart', properties, scheme);
  const out: string[] = [];
  chart.each((node) => {
    if (node.type !== 'rule') return; // @container, @media: layout and print, not the file's business
    const rule = node as Rule;
    const selectors = rule.selectors
      .filter((s) => s.startsWith('.chart-svg '))
      .map((s) => s.slice('.chart-svg '.length));
    if (
      selectors.length === 0 ||
      selectors.length !== rule.selectors.length ||
      selectors.some((s) => INTERACTIVE.test(s))
    )
      return;
    const body: string[] = [];
    rule.walkDecls((decl) => {
      if (decl.prop === 'transition') return;
      body.push(`${decl.prop}:${schemeValue(decl.value, properties, scheme)}`);
    });
    out.push(`${selectors.join(',')}{${body.join(';')}}`);
  });
  const muted = properties.get('--chart-muted') ?? properties.get('--muted') ?? '#555';
  const paper = properties.get('--chart-paper') ?? properties.get('--bg') ?? '#fff';
  out.push(
    `.file-title{font-weight:700;font-size:16px}`,
    `.file-caption{fill:${muted};font-size:12px}`,
    `.file-paper{fill:${paper}}`,
  );
  return out;
}

export function standaloneStyle(
  css: string = readFileSync(join(process.cwd(), CHART_CSS), 'utf8'),
  themeCss: string = readFileSync(join(process.cwd(), THEME_CSS), 'utf8'),
): string {
  const chart = postcss.parse(css);
  const theme = postcss.parse(themeCss);
  const light = rulesFor(chart, theme, 'light');
  // Only what changes in the dark: the file stays small, and the light rules still apply beneath.
  const dark = rulesFor(chart, theme, 'dark').filter((rule) => !light.includes(rule));
  return [...light, ...(dark.length ? [`@media (prefers-color-scheme:dark){${dark.join('')}}`] : [])].join('\n');
}
