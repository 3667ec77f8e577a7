import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the kill -9 scenarios of tests/faults with CONCIERGE_FAULT_KILLS (20) kills each,
// one file at a time (each runs child processes that need the cores).
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 3_600_000,
    hookTimeout: 300_000,
  },
});
