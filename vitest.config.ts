import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure lib/ code and entrypoint logic against WXT's fakeBrowser.
// Real-browser tests live in tests/e2e and run with vitest.e2e.config.ts after a build.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'lib/**/*.test.ts'],
    globalSetup: ['tests/setup/build-corpus.ts'],
    testTimeout: 20_000,
  },
});
