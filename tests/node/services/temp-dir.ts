import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * A fresh temp folder per test, removed afterwards (with any read-only
 * folders made in it). Call once at the top of a test file.
 */
export function useTempDir(): { dir: () => string; readOnlyFolder: (name: string) => string | null } {
  let dir: string | undefined;
  const mounts: string[] = [];
  const locked: string[] = [];
  afterEach(() => {
    for (const m of mounts.splice(0)) spawnSync('umount', [m]);
    for (const l of locked.splice(0)) chmodSync(l, 0o755);
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const get = (): string => (dir ??= mkdtempSync(join(tmpdir(), 'copydesk-desk-')));
  return {
    dir: get,
    /**
     * A folder nothing can be written into, or null where this cannot be
     * arranged: chmod does it for a normal user; root ignores permissions,
     * so there a read-only tmpfs is mounted on it if the system allows.
     */
    readOnlyFolder(name) {
      const folder = join(get(), name);
      mkdirSync(folder, { recursive: true });
      chmodSync(folder, 0o555);
      locked.push(folder);
      try {
        writeFileSync(join(folder, '.probe'), 'x');
        rmSync(join(folder, '.probe'));
      } catch {
        return folder;
      }
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', folder]);
      if (mounted.status !== 0) return null;
      mounts.push(folder);
      return folder;
    },
  };
}
