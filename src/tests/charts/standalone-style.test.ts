/** The downloadable SVG's stylesheet is derived from chart.css, so the page and the file draw alike. */
import { expect, test } from 'vitest';
import { standaloneStyle } from '../../lib/charts/standalone-style';

test('roles take the page’s light-theme colours, with no custom property or light-dark() left', () => {
  const css = standaloneStyle().replace(/@media[^{]*\{[\s\S]*\}$/, '');
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
  expect(css).toContain('@media (prefers-color-scheme:dark){.role-data{stroke:#fff}');
  expect(css).not.toContain('outline');
});

test('ink and muted text come from the screen palette, not the print block', () => {
  const css = standaloneStyle();
  expect(css).toContain('text{font-family:system-ui, sans-serif;font-size:14px;fill:#1a1a1a}');
  expect(css).toContain('.file-caption{fill:#555555;font-size:12px}');
});

test('a dark block redraws only what differs, in the page’s dark colours (the home image follows the theme)', () => {
  const css = standaloneStyle();
  const dark = /@media \(prefers-color-scheme:dark\)\{([\s\S]*)\}$/.exec(css)?.[1];
  expect(dark, 'the file has a dark block').toBeDefined();
  expect(dark).toContain('.file-paper{fill:#15171a}');
  expect(dark).toContain('.role-data{stroke:#56b4e9;fill:#56b4e9}');
  expect(dark).toContain('text{font-family:system-ui, sans-serif;font-size:14px;fill:#e8e8e8}');
  expect(dark, 'rules equal in both themes are not repeated').not.toContain('.level.role-disputed');
  expect(dark).not.toMatch(/var\(|light-dark\(/);
  const theme = ':root { --fg: light-dark(#000, #abcdef); --bg: light-dark(#fff, #010203); }';
  const own = standaloneStyle(
    '.chart { --chart-ink: var(--fg, #1a1a1a); }\n.chart-svg text { fill: var(--chart-ink); }',
    theme,
  );
  expect(own, 'a theme colour changed in global.css reaches the file').toContain(
    '@media (prefers-color-scheme:dark){text{fill:#abcdef}.file-paper{fill:#010203}}',
  );
});
