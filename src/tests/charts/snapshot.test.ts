/**
 * SVG file snapshots, numbers rounded and ids normalised (as Observable Plot's tests do), drawn
 * from the frozen chart data in fixtures/charts-data.yaml so that content edits do not move them.
 * A change to a chart's drawing shows up as a readable diff in __snapshots__/; update with
 * `npx vitest run -u` after checking the new drawing on screen.
 */
import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../../lib/charts/geometry';
import { renderSvg } from '../../lib/charts/svg';
import { normaliseSvgForSnapshot } from './normalise-svg';
import { fixtureChartIds as chartIds, fixtureModel as model } from './helpers';

describe.each(chartIds)('chart %s', (id) => {
  it.each(['narrow', 'wide'] as const)('%s layout matches its SVG snapshot', async (layout) => {
    const m = model(id);
    const svg = renderSvg(chartGeometry(m, layout), {
      idPrefix: `chart-${id}-${layout}`,
      title: m.title,
      description: m.description,
      className: `chart-svg chart-svg-${layout}`,
    });
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    await expect(normaliseSvgForSnapshot(svg)).toMatchFileSnapshot(`./__snapshots__/${id}.${layout}.svg`);
  });

  it('standalone download is valid standalone SVG with its own styles and no focusable marks', () => {
    const m = model(id);
    const svg = renderSvg(chartGeometry(m, 'wide'), {
      idPrefix: `chart-${id}`,
      title: m.title,
      description: m.description,
      standalone: true,
    });
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('<style>');
    expect(svg).not.toContain('tabindex');
  });
});

it('normalisation rounds numbers and renames ids, so only real changes show', () => {
  const a = normaliseSvgForSnapshot(
    '<svg aria-labelledby="chart-x-wide-title"><path d="M10.04,5.96"/><rect fill="url(#chart-x-wide-hatch)"/></svg>',
  );
  expect(a).toContain('M10,6');
  expect(a).toContain('aria-labelledby="chart-title"');
  expect(a).toContain('url(#chart-hatch)');
});
