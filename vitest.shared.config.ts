import { defineConfig } from 'vitest/config';

// Acceptance checks on material outside the repo (../shared): the seed posting and the real-page corpus.
export default defineConfig({
  test: {
    include: ['tests/shared/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/shared/global-setup.ts'],
  },
});
