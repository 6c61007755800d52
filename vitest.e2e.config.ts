import { defineConfig } from 'vitest/config';

// Real-browser tests against the built extension (`npm run build` first). One file at a time: 2-core machines.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
