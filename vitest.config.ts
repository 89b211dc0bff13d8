import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/tests/**/*.test.ts'],
    // Browser and build-output suites start servers and Chromium: give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // One preview server and one Chromium shared by every browser test file.
    globalSetup: ['src/tests/browser/global-setup.ts'],
  },
});
