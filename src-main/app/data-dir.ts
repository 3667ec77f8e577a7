import { homedir } from 'node:os';
import { join } from 'node:path';
import { readDataLocation } from './data-location.ts';

/**
 * Where Concierge keeps its database and models when no folder is given. The desktop app sets Electron's
 * userData to this same folder, so the app, `concierge serve` and the CLI share one knowledge base:
 * - Linux:   $XDG_DATA_HOME/concierge, else ~/.local/share/concierge
 * - macOS:   ~/Library/Application Support/Concierge
 * - Windows: %APPDATA%\Concierge
 * CONCIERGE_DATA_DIR overrides it everywhere. Settings can move the data elsewhere: see resolveDataDir.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CONCIERGE_DATA_DIR) return env.CONCIERGE_DATA_DIR;
  const home = env.HOME || homedir();
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Concierge');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Concierge');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'concierge');
}

/**
 * The folder Concierge actually uses: CONCIERGE_DATA_DIR, else the folder Settings moved the data to (a
 * pointer in the default folder, see data-location.ts), else the default. The desktop app, `serve` and the
 * CLI all start here, so a moved knowledge base is the one every command sees.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CONCIERGE_DATA_DIR) return env.CONCIERGE_DATA_DIR;
  const home = defaultDataDir(env, platform);
  return readDataLocation(home) ?? home;
}
