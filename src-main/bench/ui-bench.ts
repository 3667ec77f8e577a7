/**
 * `concierge bench ui --json`: the UI's speed in a real browser against `concierge serve` (first paint, the
 * knowledge-base table at 10,000 entries, API round trips and navigation while a training run works). The
 * measuring code is the Playwright benchmark tests/e2e/bench-ui.ts; this checks what it needs first, so a
 * missing piece is named instead of failing half-way: the built UI, Chromium and playwright-core (a
 * development dependency, as is the benchmark itself: it runs from a source checkout, not a packaged app).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BenchKind } from '../cli/commands/bench.ts';
import { RENDERER_DIR, PROJECT_ROOT } from '../server/renderer-build.ts';
import { InvalidInputError, UnavailableError } from '../shared/errors.ts';

const BENCH_FILE = join(PROJECT_ROOT, 'tests', 'e2e', 'bench-ui.ts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Everything the browser benchmark needs, each missing piece with what to do about it. */
function missingUiBenchPrerequisites(): string[] {
  const missing: string[] = [];
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) missing.push(`the built UI (${RENDERER_DIR}): run "npx vite build"`);
  if (!existsSync(CHROMIUM)) missing.push(`Chromium at ${CHROMIUM}: "apt-get install chromium", or set CHROMIUM_PATH`);
  try {
    createRequire(import.meta.url).resolve('playwright-core');
  } catch {
    missing.push('playwright-core (a development dependency): run "npm ci" in a source checkout');
  }
  if (!existsSync(BENCH_FILE)) missing.push(`the benchmark script ${BENCH_FILE} (it ships with the sources, not the packaged app)`);
  return missing;
}

function positiveInt(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidInputError(`--${name} must be a positive whole number`);
  return number;
}

export const uiBench: BenchKind = {
  summary: 'UI in Chromium: first paint, KB table at 10,000 entries, API p95 during training [--entries --loads --round-trips]',
  options: { entries: { type: 'string' }, loads: { type: 'string' }, 'round-trips': { type: 'string' } },
  async run({ values }) {
    const options = {
      entries: positiveInt(values.entries, 10_000, 'entries'),
      loads: positiveInt(values.loads, 5, 'loads'),
      roundTrips: positiveInt(values['round-trips'], 200, 'round-trips'),
    };
    const missing = missingUiBenchPrerequisites();
    if (missing.length > 0) throw new UnavailableError(`The UI benchmark needs ${missing.join('; ')}`);
    const { runUiBench } = (await import(BENCH_FILE)) as typeof import('../../tests/e2e/bench-ui.ts');
    return runUiBench({ ...options, log: (line) => console.error(line) });
  },
};
