/** checkLevelStarts: a chart level may start at an event only if the event's lines state its value. */
import { describe, expect, it } from 'vitest';
import { checkLevelStarts } from '../../lib/provenance/checks/level-starts';
import { checkContext } from '../../lib/provenance/verify';
import { loadProject } from '../../lib/provenance/load';
import type { Chart, ChartFigureMark } from '../../lib/provenance/schema';
import type { Dataset } from '../../lib/provenance/types';
import { ROOT } from '../helpers/project';

const project = loadProject(ROOT);
const withMark = (mark: ChartFigureMark): Dataset => {
  const chart: Chart = {
    id: 'test-chart',
    kind: 'timeline',
    title: 'A test chart',
    description: 'A chart built for this test only.',
    unit: 'percent',
    marks: [mark],
    events: [],
  };
  return { ...project.data, charts: [chart] };
};

describe('level starts', () => {
  it('fails a 25% level drawn from an event whose lines name no rate (finding 3)', () => {
    const [error, ...rest] = checkLevelStarts(
      checkContext(
        withMark({
          figure: 'us-tariff-india-25',
          series: 'india',
          label: 'India',
          role: 'data',
          from: 'tariff-deadline-august-1',
        }),
        project.seeds,
      ),
    );
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: 'content/data/charts.yaml', id: 'test-chart' });
    expect(error!.message).toMatch(
      /^mark 1: drawn from event "tariff-deadline-august-1", but none of its lines \(aljazeera:15\) states 25%\. Expected: .* Fix: remove `from`/,
    );
  });

  it('passes a level with no `from`, and one drawn from an event whose line states the value', () => {
    expect(
      checkLevelStarts(
        checkContext(
          withMark({ figure: 'us-tariff-india-25', series: 'india', label: 'India', role: 'data' }),
          project.seeds,
        ),
      ),
    ).toEqual([]);
    const doubling = project.data.events.find((e) => e.id === 'us-doubles-tariff-august-2025');
    if (doubling) {
      const states50 = doubling.sources.some((ref) =>
        project.seeds.get(ref.seed)?.lines[ref.line - 1]?.includes('50%'),
      );
      const found = checkLevelStarts(
        checkContext(
          withMark({ figure: 'us-tariff-india-50', series: 'india', label: 'India', role: 'data', from: doubling.id }),
          project.seeds,
        ),
      );
      expect(found.length).toBe(states50 ? 0 : 1);
    }
  });
});
