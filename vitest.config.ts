import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  test: {
    // tests/faults: the kill -9 scenarios, CONCIERGE_FAULT_KILLS times each (2 here; `npm run test:faults`: 20).
    include: ['tests/main/**/*.test.ts', 'tests/renderer/**/*.test.ts', 'tests/faults/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
