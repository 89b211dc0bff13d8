/** SITE_URL, BASE_PATH and SITE_REPOSITORY are validated: a bad value stops the build with a clear message. */
import { describe, expect, test } from 'vitest';
import { hostingFrom } from '../../config/site';

describe('site hosting configuration', () => {
  test('defaults and a GitHub Pages project site are accepted', () => {
    expect(hostingFrom({}).SITE_URL).toBe('https://india-russia-us.github.io');
    expect(hostingFrom({ SITE_URL: 'https://owner.github.io/', BASE_PATH: '/repo' })).toMatchObject({
      SITE_URL: 'https://owner.github.io/',
      BASE_PATH: '/repo',
    });
    expect(hostingFrom({ BASE_PATH: '' }).BASE_PATH).toBe('');
  });

  test.each([
    [{ SITE_URL: 'owner.github.io' }, /SITE_URL="owner.github.io": SITE_URL must be an absolute http\(s\) URL/],
    [{ SITE_URL: 'https://owner.github.io/repo' }, /put a sub-path in BASE_PATH/],
    [{ BASE_PATH: '/my repo' }, /BASE_PATH="\/my repo": BASE_PATH is a path such as \/repo/],
    [{ SITE_REPOSITORY: 'github.com/x/y' }, /SITE_REPOSITORY must be an https URL/],
  ])('%j is refused', (env, message) => {
    expect(() => hostingFrom(env)).toThrow(message);
  });
});
