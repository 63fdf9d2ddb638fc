import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The per-user data folder, the same one the desktop app uses (Electron's
 * appData/Copydesk), so the browser and the app open one desk:
 * $XDG_CONFIG_HOME/Copydesk (~/.config/Copydesk) on Linux,
 * ~/Library/Application Support/Copydesk on macOS, %APPDATA%\Copydesk on
 * Windows. COPYDESK_DATA overrides it (tests, a shared desk folder).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (env.COPYDESK_DATA) return env.COPYDESK_DATA;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Copydesk');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Copydesk');
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored (Electron does the same).
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.config'), 'Copydesk');
}
