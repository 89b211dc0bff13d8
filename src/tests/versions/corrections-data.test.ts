/**
 * The corrections collection (content/data/corrections.yaml): the real entries pass the verifier,
 * and each rule over them breaks on purpose: a quote not on its line, a repeated id, a number in the
 * new wording that no cited line states, and a page that does not exist.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadProject } from '../../lib/provenance/load';
import { checkContext } from '../../lib/provenance/verify';
import type { Dataset } from '../../lib/provenance/types';
import { checkCorrections } from '../../lib/provenance/checks/corrections';
import { checkDataProse } from '../../lib/provenance/checks/data-prose';
import { unknownCorrectionPages } from '../../lib/versions/corrections';
import { ROOT } from '../helpers/project';

const project = loadProject(ROOT);
const run = (check: typeof checkCorrections, data: Dataset) =>
  check(checkContext(data, project.seeds, project.origins));
function broken(change: (data: Dataset) => void): Dataset {
  const data = structuredClone(project.data);
  change(data);
  return data;
}
const contentPaths = readdirSync(join(ROOT, 'content/pages'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => (f === 'index.mdx' ? '' : `${f.replace(/\.mdx$/, '')}/`));

describe('corrections data', () => {
  test('the real entries load without schema errors and pass their checks', () => {
    expect(project.errors.filter((e) => e.file.includes('corrections'))).toEqual([]);
    expect(project.data.corrections?.length).toBeGreaterThan(2);
    expect(run(checkCorrections, project.data)).toEqual([]);
    expect(run(checkDataProse, project.data).filter((e) => e.file.includes('corrections'))).toEqual([]);
  });

  test('checkCorrections: a quote that is not on its line names the file, id and line', () => {
    const data = broken((d) => (d.corrections![0]!.refs[0]!.quote = 'words that are not on this line'));
    const [error] = run(checkCorrections, data);
    expect(error?.file).toBe('content/data/corrections.yaml');
    expect(error?.id).toBe(project.data.corrections![0]!.id);
    expect(error?.message).toContain('quote not found');
  });

  test('checkCorrections: a repeated id is reported', () => {
    const data = broken((d) => (d.corrections![1]!.id = d.corrections![0]!.id));
    expect(run(checkCorrections, data).some((e) => e.message.includes('used twice'))).toBe(true);
  });

  test('checkDataProse: a number in the new wording that no cited line states is reported', () => {
    const data = broken((d) => (d.corrections![0]!.now = 'Modi visited Russia 17 times, Al Jazeera reports.'));
    const errors = run(checkDataProse, data).filter((e) => e.file.includes('corrections'));
    expect(errors[0]?.message).toContain('"17"');
  });

  test('unknownCorrectionPages: every listed page exists, and a made-up one is named with a fix', () => {
    const known = [...contentPaths, 'charts/', 'figures/', 'timeline/', 'timeline/diplomacy/'];
    expect(unknownCorrectionPages(project.data.corrections!, known)).toEqual([]);
    const data = broken((d) => d.corrections![0]!.pages.push('no-such-page/'));
    const [problem] = unknownCorrectionPages(data.corrections!, known);
    expect(problem).toContain('no-such-page/');
    expect(problem).toContain('content/data/corrections.yaml');
  });
});
