import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface Collected {
  /** Files to check, in command-line order; folders expanded in name order. */
  readonly files: readonly string[];
  /** Folders that could not be listed, or held no *.txt file, with why. */
  readonly problems: readonly { readonly path: string; readonly reason: string; readonly fatal: boolean }[];
}

const TEXT_FILE = /\.txt$/i;

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Every *.txt file under `dir`, depth first in name order. Hidden entries are
 * skipped, and symbolic links to folders are not followed (no cycles); a link
 * to a file is kept.
 */
async function walk(dir: string, out: string[], problems: Collected['problems'][number][]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push({ path: dir, reason: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `could not list it (${code ?? String(err)})`, fatal: true });
    return;
  }
  for (const entry of entries.sort(byName)) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out, problems);
    else if (TEXT_FILE.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) out.push(path);
  }
}

/**
 * Expands the FILE arguments: a folder becomes the *.txt files under it; any
 * other argument is kept as a file, even one that does not exist, so that the
 * reader reports it along with the files that could be read.
 */
export async function collectFiles(args: readonly string[]): Promise<Collected> {
  const files: string[] = [];
  const problems: Collected['problems'][number][] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      const found: string[] = [];
      await walk(arg, found, problems);
      if (found.length === 0) problems.push({ path: arg, reason: 'no .txt files in this folder', fatal: false });
      found.forEach(add);
    } else {
      add(arg);
    }
  }
  return { files, problems };
}
