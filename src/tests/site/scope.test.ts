import { describe, expect, it } from 'vitest';
import { latestMonthIn, sourcesScope } from '../../lib/site/scope';
import { loadDataset } from '../../lib/provenance/load';
import { ROOT } from '../helpers/project';

describe('sourcesScope: the scope line at the top of every page', () => {
  it('reads the real sources: five articles, the newest dated February 2026, KumDi.com a content farm', () => {
    const scope = sourcesScope(loadDataset(ROOT).sources);
    expect(scope).toEqual({ countWord: 'five', newestMonth: 'February 2026', contentFarms: ['KumDi.com'] });
  });

  it('takes the latest month named in a dating, not the first', () => {
    expect(latestMonthIn('On or after 5 February 2026, reporting the 3 February 2026 news of January 2025')).toEqual([
      2026, 1,
    ]);
    expect(latestMonthIn('before the end of 2025')).toBeUndefined();
  });
});
