import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // The CLI end-to-end tests run the built binary; build once before them.
    globalSetup: ['tests/setup/global-build.ts'],
  },
});
