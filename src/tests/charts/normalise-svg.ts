/**
 * The SVG with numbers rounded and ids normalised, for file snapshots (as Observable Plot's
 * tests do): a sub-pixel change from a dependency update should not fail a snapshot, a moved
 * mark should. One element per line, so a snapshot diff reads like a list of changed marks.
 */
export function normaliseSvgForSnapshot(svg: string): string {
  return svg
    .replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n))))
    .replace(/(id="|url\(#|aria-labelledby="|aria-describedby=")[\w-]+?-(title|desc|hatch)/g, '$1chart-$2')
    .replace(/></g, '>\n<');
}
