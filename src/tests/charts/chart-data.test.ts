/**
 * The chart definitions in content/data/charts.yaml are verified like figures: ids exist, roles
 * match what each figure is, qualitative notes quote their lines, labels show no unquoted number.
 * Each "breaks" test changes one thing in a copy of the real data and expects the named error.
 */
import { checkDataProse } from '../../lib/provenance/checks/data-prose';
import { describe, expect, it } from 'vitest';
import { verifyProject } from '../../lib/provenance/load';
import { checkContext } from '../../lib/provenance/verify';
import { type Dataset } from '../../lib/provenance/types';
import { checkCharts } from '../../lib/provenance/checks/charts';
import type { Chart, ChartFigureMark, ChartNoteMark } from '../../lib/provenance/schema';

const root = process.cwd();
const { project, errors } = verifyProject(root);

function withChart(edit: (chart: Chart) => void, id = 'tariff-rate'): Dataset {
  const charts = structuredClone(project.data.charts ?? []);
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`test setup: no chart "${id}"`);
  edit(chart);
  return { ...project.data, charts };
}

const messagesFor = (data: Dataset) =>
  checkCharts(checkContext(data, project.seeds)).map((e) => `${e.id}: ${e.message}`);

function figureMark(chart: Chart, figure: string): ChartFigureMark {
  const mark = chart.marks.find((m) => 'figure' in m && m.figure === figure);
  if (!mark || !('figure' in mark)) throw new Error(`test setup: chart ${chart.id} has no mark for ${figure}`);
  return mark;
}

function noteMark(chart: Chart, note: string): ChartNoteMark {
  const mark = chart.marks.find((m) => 'note' in m && m.note === note);
  if (!mark || !('note' in mark)) throw new Error(`test setup: chart ${chart.id} has no note ${note}`);
  return mark as ChartNoteMark;
}

describe('chart data', () => {
  it('loads the three charts and the whole project verifies', () => {
    expect((project.data.charts ?? []).map((c) => c.id).sort()).toEqual([
      'india-russia-trade',
      'india-russian-crude',
      'tariff-rate',
    ]);
    expect(errors).toEqual([]);
  });

  it('breaks when a chart names a figure that does not exist', () => {
    const data = withChart((c) => (figureMark(c, 'us-tariff-india-50').figure = 'us-tariff-india-55'));
    expect(messagesFor(data)).toContainEqual(expect.stringContaining('figure "us-tariff-india-55" is not in'));
  });

  it('breaks when a chart names an event that does not exist', () => {
    const data = withChart((c) => c.events.push('tariff-deadline-july-1'));
    expect(messagesFor(data)).toContainEqual(expect.stringContaining('event "tariff-deadline-july-1" is not in'));
  });

  it('breaks when a derived figure is drawn as data', () => {
    const data = withChart(
      (c) => (figureMark(c, 'india-russia-trade-2019-implied').role = 'data'),
      'india-russia-trade',
    );
    expect(messagesFor(data)).toContainEqual(expect.stringContaining('must be drawn with role "derived"'));
  });

  it('breaks when a target is drawn as data', () => {
    const data = withChart(
      (c) => (figureMark(c, 'india-russia-trade-target-2030').role = 'data'),
      'india-russia-trade',
    );
    expect(messagesFor(data)).toContainEqual(expect.stringContaining('must be drawn with role "target"'));
  });

  it('breaks when a one-sided announcement is drawn as data', () => {
    const data = withChart((c) => (figureMark(c, 'us-tariff-india-18').role = 'data'));
    expect(messagesFor(data)).toContainEqual(
      expect.stringContaining(
        `figure "us-tariff-india-18" is a figure that is one party's claim (claimedBy), so it must be drawn with role "announced", not "data"`,
      ),
    );
  });

  it('breaks when a stated figure is drawn as an announcement', () => {
    const data = withChart((c) => (figureMark(c, 'us-tariff-india-50').role = 'announced'));
    expect(messagesFor(data)).toContainEqual(
      expect.stringContaining('role "announced" needs a figure that is one party\'s claim (claimedBy)'),
    );
  });

  it('breaks when a reported figure is passed off as a target', () => {
    const data = withChart((c) => (figureMark(c, 'india-russia-trade-2024').role = 'target'), 'india-russia-trade');
    expect(messagesFor(data)).toContainEqual(
      expect.stringContaining('role "target" needs a figure with status: target'),
    );
  });

  it('breaks when a disputed mark names a conflict that does not involve its line', () => {
    const data = withChart((c) => (figureMark(c, 'us-tariff-india-25-early-2025').conflict = 'trump-former-president'));
    expect(messagesFor(data)).toContainEqual(expect.stringContaining('has no claim from kumdi:11'));
  });

  it('breaks when a qualitative note misquotes its line', () => {
    const data = withChart((c) => {
      const ref = noteMark(c, 'crude-low-before-2022').refs[0]!;
      ref.quote = ref.quote.replace('low level', 'modest level');
    }, 'india-russian-crude');
    expect(messagesFor(data)).toContainEqual(expect.stringContaining('quote not found on ankasam:19'));
  });

  it('breaks when a note points at page boilerplate', () => {
    const data = withChart((c) => {
      noteMark(c, 'china-larger-buyer').refs = [{ seed: 'aljazeera', line: 66, quote: 'Follow Al Jazeera' }];
    }, 'india-russian-crude');
    expect(messagesFor(data)).toContainEqual(expect.stringContaining('boilerplate'));
  });

  it('breaks when a label shows a number its quotes do not contain', () => {
    const data = withChart((c) => (figureMark(c, 'us-tariff-pakistan-19').label = 'Pakistan (20% cap)'));
    // Chart text is data prose: checkDataProse (the verifier runs it) reads labels, notes and titles.
    const found = checkDataProse(checkContext(data, project.seeds)).map((e) => `${e.id}: ${e.message}`);
    expect(found).toContainEqual(
      expect.stringContaining('marks[3].label shows the number "20%", which none of this entry'),
    );
  });

  it('breaks when a qualitative note is given a number to draw', () => {
    const data = withChart((c) => {
      const mark = noteMark(c, 'china-larger-buyer');
      mark.at = 3;
      mark.atWords = 'after China';
    }, 'india-russian-crude');
    expect(messagesFor(data)).toContainEqual(expect.stringContaining('a qualitative note draws no number'));
  });

  it('breaks when a commitment level is not in the source words', () => {
    const data = withChart((c) => (noteMark(c, 'crude-zero-commitment').atWords = 'to half'), 'india-russian-crude');
    expect(messagesFor(data)).toContainEqual(expect.stringContaining('atWords "to half" is not in any of its quotes'));
  });

  it('breaks when a figure in another unit is put on the chart', () => {
    const data = withChart((c) => (figureMark(c, 'us-tariff-pakistan-19').figure = 'india-russia-trade-2024'));
    expect(messagesFor(data)).toContainEqual(
      expect.stringContaining("is in usd-billion, but the chart's unit is percent"),
    );
  });
});
