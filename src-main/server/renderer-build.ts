import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UnavailableError } from '../shared/errors.ts';

/** The repository root, when running from sources (bin/concierge.js). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where `vite build` writes the UI (see vite.config.ts). */
export const RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer');

/**
 * Returns the built UI folder, running `vite build` first when it is missing (a fresh clone), so
 * `npx concierge serve` works without a separate build step. Build output goes to stderr.
 * CONCIERGE_RENDERER_DIR names a UI folder built elsewhere instead (tests that serve many servers at once
 * must not start concurrent builds into one out/renderer).
 */
export async function ensureRendererBuilt(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.CONCIERGE_RENDERER_DIR) {
    if (existsSync(join(env.CONCIERGE_RENDERER_DIR, 'index.html'))) return env.CONCIERGE_RENDERER_DIR;
    throw new UnavailableError(`CONCIERGE_RENDERER_DIR (${env.CONCIERGE_RENDERER_DIR}) has no index.html`);
  }
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return RENDERER_DIR;
  console.error('The web UI is not built yet; running "vite build" once (about a minute)…');
  let viteBin: string;
  try {
    viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  } catch {
    throw new UnavailableError('The web UI is not built and vite is not installed: run "npm ci", then "npm run build:renderer"');
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 2, 2] });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0 || !existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new UnavailableError(`Building the web UI failed (vite build exit ${code}); run "npm run build:renderer" to see why`);
  }
  return RENDERER_DIR;
}
