import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension (.output/chrome-mv3). Run after `wxt build`.
// One browser at a time: the suites share a profile directory pattern and 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
