import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  test: {
    // tests/faults: the kill -9 scenarios, CONCIERGE_FAULT_KILLS times each (2 here; `npm run test:faults`: 20).
    include: ['tests/main/**/*.test.ts', 'tests/renderer/**/*.test.ts', 'tests/faults/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Property tests: a fixed seed under CI=true, a random one locally (see the file).
    setupFiles: ['tests/setup/property-seed.ts'],
    testTimeout: 60_000,
    // expect.poll waits up to 30 s by default, not 1 s: a loaded machine can take longer than a second to show a change.
    expect: { poll: { timeout: 30_000 } },
    // Hooks start apps, models and CLI processes: a single CLI call took 13 s in a loaded CI run (3 s idle).
    hookTimeout: 180_000,
  },
});
