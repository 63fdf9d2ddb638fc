import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer in Debian's Chromium against the real
// back end (`npm run web`), one file at a time (each starts its own server
// and browser; two cores would only thrash).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/build-renderer.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
