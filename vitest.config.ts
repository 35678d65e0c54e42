import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // CLI tests spawn the built binary; give a slow machine room.
    testTimeout: 20_000,
  },
});
