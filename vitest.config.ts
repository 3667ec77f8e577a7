import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Answering, search and import tests that only read shared, immutable state: the lexicons, the thesaurus
 * (~100,000 forms, seconds of work per process) and the word lists, prepared once per process and never changed.
 * They run several files to a worker process without a fresh module registry (`isolate: false`), so each worker
 * loads the modules and prepares them once instead of every file doing it again. Each test still opens its own
 * SQLite files. Left out, in a process of their own: tests that watch a lazy preparation happen for the first time.
 */
const OWN_PROCESS = ['thesaurus-preparation', 'english-words', 'analysis-cache'];
const SHARED_PROCESS = [`tests/main/assistant/!(${OWN_PROCESS.join('|')}).test.ts`, 'tests/main/search/**/*.test.ts', 'tests/main/kb/**/*.test.ts'];

export default defineConfig({
  plugins: [svelte()],
  test: {
    environment: 'node',
    pool: 'forks',
    // Two test files at a time even on CI's 2 cores, where Vitest's default (cores - 1) runs one: a file spends much
    // of its time waiting on what it started (CLI processes, worker threads, a served app, timers), so one at a time
    // left most of a core idle (seven of the slowest files used 162 s of CPU in 150 s of CI's test time).
    // One at a time: --no-file-parallelism (--maxWorkers does not reach the projects below).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Property tests: a fixed seed under CI=true, a random one locally (see the file).
    setupFiles: ['tests/setup/property-seed.ts'],
    testTimeout: 60_000,
    // expect.poll waits up to 30 s by default, not 1 s: a loaded machine can take longer than a second to show a change.
    expect: { poll: { timeout: 30_000 } },
    // Hooks start apps, models and CLI processes: a single CLI call took 13 s in a loaded CI run (3 s idle).
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'isolated',
          // tests/faults: the kill -9 scenarios, CONCIERGE_FAULT_KILLS times each (2 here; `npm run test:faults`: 20).
          include: ['tests/main/**/*.test.ts', 'tests/renderer/**/*.test.ts', 'tests/faults/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SHARED_PROCESS],
        },
      },
      {
        extends: true,
        test: {
          name: 'shared-process',
          include: SHARED_PROCESS,
          isolate: false,
        },
      },
    ],
  },
});
