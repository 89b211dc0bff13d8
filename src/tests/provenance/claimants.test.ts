/** checkClaimants: a line that gives the statement to a party needs `claimedBy` or `ownVoice` on the entry. */
import { expect, test } from 'vitest';
import { loadProject } from '../../lib/provenance/load';
import { checkContext, type Dataset } from '../../lib/provenance/verify';
import { ATTRIBUTION_WORDS, checkClaimants } from '../../lib/provenance/checks/claimants';
import { ROOT } from '../helpers/project';

const project = loadProject(ROOT);
const run = (data: Dataset) => checkClaimants(checkContext(data, project.seeds, project.origins));

test('passes on the real project', () => {
  expect(run(project.data).map((e) => `${e.file} › ${e.id}: ${e.message}`)).toEqual([]);
});

test('a figure that loses its claimant is caught, with file, entry, expected, found and fix', () => {
  const data = structuredClone(project.data);
  const claimed = data.figures.find((f) => f.claimedBy && f.kind === 'sourced')!;
  delete claimed.claimedBy;
  const [error, ...rest] = run(data);
  expect(rest).toEqual([]);
  expect(error?.id).toBe(claimed.id);
  expect(error?.file).toMatch(/^content\/data\/figures\/[a-z-]+\.yaml$/);
  expect(error?.message).toMatch(/attributes the statement to a party\. Expected: .* Found: "announced" in ".*"/);
  expect(error?.message).toMatch(/Fix: add `claimedBy: /);
  expect(error).toMatchObject({
    code: 'claimant',
    at: expect.stringMatching(/^[a-z]+:\d+$/),
    fix: expect.stringContaining('ownVoice'),
  });
});

test('an event that loses its claimant is caught; `ownVoice` with a reason answers it', () => {
  const data = structuredClone(project.data);
  const claimed = data.events.find((e) => e.claimedBy)!;
  delete claimed.claimedBy;
  expect(run(data).map((e) => e.id)).toEqual([claimed.id]);
  claimed.ownVoice = 'A test reason: the fact is stated by both parties in the seeds.';
  expect(run(data)).toEqual([]);
});

test('attribution words', () => {
  for (const line of [
    'Trump announced on Truth Social',
    'He reportedly met Putin',
    'according to the ministry',
    'officials said',
    'India pledged to',
  ]) {
    expect(line).toMatch(ATTRIBUTION_WORDS);
  }
  expect('The tariff took effect on 27 August').not.toMatch(ATTRIBUTION_WORDS);
});
