import { defineConfig } from 'vitest/config';

// Journeys through the built UI in a real browser: one file at a time (each starts a server and a browser),
// with timeouts long enough for a cold start on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    // expect.poll waits up to 30 s by default, not 1 s: a loaded machine can take longer than a second to show a change.
    expect: { poll: { timeout: 30_000 } },
    hookTimeout: 180_000,
  },
});
