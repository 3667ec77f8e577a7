import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where Concierge keeps its database and models when no folder is given. The desktop app sets Electron's
 * userData to this same folder, so the app, `concierge serve` and the CLI share one knowledge base:
 * - Linux:   $XDG_DATA_HOME/concierge, else ~/.local/share/concierge
 * - macOS:   ~/Library/Application Support/Concierge
 * - Windows: %APPDATA%\Concierge
 * CONCIERGE_DATA_DIR overrides it everywhere.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CONCIERGE_DATA_DIR) return env.CONCIERGE_DATA_DIR;
  const home = env.HOME || homedir();
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Concierge');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Concierge');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'concierge');
}
