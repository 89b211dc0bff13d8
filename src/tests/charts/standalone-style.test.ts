/** The downloadable SVG's stylesheet is derived from chart.css, so the page and the file draw alike. */
import { expect, test } from 'vitest';
import { standaloneStyle } from '../../lib/charts/standalone-style';

test('roles take the page’s light-theme colours, with no custom property or light-dark() left', () => {
  const css = standaloneStyle();
  expect(css).toContain('.role-data{stroke:#0068a3;fill:#0068a3}');
  expect(css).toContain('.level.role-disputed{stroke-dasharray:1 5');
  expect(css).not.toMatch(/var\(|light-dark\(/);
  expect(css).not.toMatch(/:focus|is-active/);
});

test('a colour changed in chart.css reaches the file', () => {
  const css = standaloneStyle(
    '.chart { --chart-data: light-dark(#123456, #fff); }\n.chart-svg .role-data { stroke: var(--chart-data); }\n.chart-svg .mark:focus { outline: none; }',
  );
  expect(css.split('\n')[0]).toBe('.role-data{stroke:#123456}');
  expect(css).not.toContain('outline');
});

test('ink and muted text come from the screen palette, not the print block', () => {
  const css = standaloneStyle();
  expect(css).toContain('text{font-family:system-ui, sans-serif;font-size:14px;fill:#1a1a1a}');
  expect(css).toContain('.file-caption{fill:#555;font-size:12px}');
});
