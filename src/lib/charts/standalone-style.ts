/**
 * The downloadable SVG's own stylesheet, derived from the page's chart stylesheet
 * (src/components/charts/chart.css) so the two cannot drift: every `.chart-svg …` rule, with the
 * `--chart-*` custom properties resolved to their light-theme colours (a downloaded file is
 * drawn on white and has no theme). Rules for focus and hover are left out: the file's marks
 * are not interactive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Rule } from 'postcss';

/** The page's chart stylesheet, read at build time from the project root (like the data). */
export const CHART_CSS = 'src/components/charts/chart.css';

/** "light-dark(#0068a3, #56b4e9)" → "#0068a3"; "var(--fg, #1a1a1a)" → "#1a1a1a". */
function lightValue(value: string, properties: Map<string, string>): string {
  return value
    .replace(
      /var\((--[\w-]+)(?:,\s*([^()]*))?\)/g,
      (whole, name: string, fallback?: string) => properties.get(name) ?? fallback?.trim() ?? whole,
    )
    .replace(/light-dark\(\s*([^,()]+),\s*[^()]+\)/g, '$1');
}

const INTERACTIVE = /:focus|:hover|\.is-active|^\.mark$/;

export function standaloneStyle(css: string = readFileSync(join(process.cwd(), CHART_CSS), 'utf8')): string {
  const root = postcss.parse(css);
  const properties = new Map<string, string>();
  // The top-level `.chart` rule only: the print block redefines the properties for paper.
  for (const node of root.nodes) {
    if (node.type !== 'rule' || node.selector !== '.chart') continue;
    node.walkDecls(/^--chart-/, (decl) => {
      properties.set(decl.prop, lightValue(decl.value, properties));
    });
  }
  const out: string[] = [];
  root.each((node) => {
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
      body.push(`${decl.prop}:${lightValue(decl.value, properties)}`);
    });
    out.push(`${selectors.join(',')}{${body.join(';')}}`);
  });
  const muted = properties.get('--chart-muted') ?? '#555';
  out.push(`.file-title{font-weight:700;font-size:16px}`, `.file-caption{fill:${muted};font-size:12px}`);
  return out.join('\n');
}
