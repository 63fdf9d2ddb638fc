import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The per-user data folder, where the platform keeps application data:
 * $XDG_DATA_HOME/copydesk (~/.local/share/copydesk) on Linux,
 * ~/Library/Application Support/Copydesk on macOS, %APPDATA%\Copydesk on
 * Windows. COPYDESK_DATA overrides it (tests, a shared desk folder).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (env.COPYDESK_DATA) return env.COPYDESK_DATA;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Copydesk');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Copydesk');
  const xdg = env.XDG_DATA_HOME;
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share'), 'copydesk');
}
