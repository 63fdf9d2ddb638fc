import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Why a write failed, so a caller can tell the editor what to do about it
 * (choose another folder, free some space) rather than show an errno.
 */
export type WriteFailureKind = 'read-only' | 'permission' | 'no-space' | 'missing-folder' | 'not-a-folder' | 'io';

export class AtomicWriteError extends Error {
  readonly kind: WriteFailureKind;
  /** The file that was to be written. */
  readonly path: string;

  constructor(kind: WriteFailureKind, path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AtomicWriteError';
    this.kind = kind;
    this.path = path;
  }
}

/** A system error met while writing `target`, as a kind and a sentence about the folder or the file. */
export function describeWriteError(target: string, err: unknown): AtomicWriteError {
  if (err instanceof AtomicWriteError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const folder = dirname(target);
  const make = (kind: WriteFailureKind, message: string) => new AtomicWriteError(kind, target, message, { cause: err });
  switch (code) {
    case 'EROFS':
      return make('read-only', `Cannot write ${basename(target)}: ${folder} is on a read-only disk. Choose another folder.`);
    case 'EACCES':
    case 'EPERM':
      return make('permission', `Cannot write ${basename(target)}: no permission to write in ${folder} (read-only folder?). Choose another folder.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return make('no-space', `Cannot write ${basename(target)}: the disk holding ${folder} is full. Free some space or choose another folder.`);
    case 'ENOENT':
      return make('missing-folder', `Cannot write ${basename(target)}: the folder ${folder} does not exist (moved or deleted?).`);
    case 'ENOTDIR':
      return make('not-a-folder', `Cannot write ${basename(target)}: ${folder} is not a folder.`);
    case 'EISDIR':
      return make('not-a-folder', `Cannot write ${target}: a folder of that name is in the way.`);
    default: {
      const message = err instanceof Error ? err.message : String(err);
      return make('io', `Cannot write ${target}: ${code ?? message}.`);
    }
  }
}

/** A written and synced temp file waiting to be renamed over its target. */
export interface PreparedWrite {
  readonly target: string;
  readonly temp: string;
  /** Renames the temp file over the target and syncs the folder, so the rename itself survives a power cut. */
  commit(): Promise<void>;
  /** Removes the temp file; never throws. */
  abort(): Promise<void>;
}

export interface AtomicWriteOptions {
  /** Permission bits of a new file (default 0o644 before the umask). */
  readonly mode?: number;
}

/** Hidden, in the target's own folder (a rename across file systems is not atomic), and unique per call. */
function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Checks the folder first, so that a missing or read-only folder is reported
 * as such rather than as whatever the temp file's open happened to say.
 */
async function checkFolder(target: string): Promise<void> {
  const folder = dirname(target);
  let info;
  try {
    info = await stat(folder);
  } catch (err) {
    throw describeWriteError(target, err);
  }
  if (!info.isDirectory()) throw new AtomicWriteError('not-a-folder', target, `Cannot write ${basename(target)}: ${folder} is not a folder.`);
  // A folder at the target's name would only fail at the rename, after other files of an export were committed.
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw new AtomicWriteError('not-a-folder', target, `Cannot write ${target}: a folder of that name is in the way.`);
}

/** Syncs a folder's entry list. Some systems cannot open a folder for that (EISDIR, EINVAL, EPERM on Windows): best effort there. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw err;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * First half of an atomic write: the data goes to a temp file beside the
 * target and is synced; the target is not touched. Several files can be
 * prepared and then committed together, so an export either writes every file
 * or, when one cannot be written, none.
 */
export async function prepareAtomicWrite(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<PreparedWrite> {
  await checkFolder(target);
  const temp = tempPathFor(target);
  const abort = async () => {
    await rm(temp, { force: true }).catch(() => undefined);
  };
  let handle;
  try {
    // 'wx': never follow or reuse a file someone placed at the temp name.
    handle = await open(temp, 'wx', options.mode ?? 0o644);
    await handle.writeFile(data);
    // The data must be on disk before the rename makes it the target, or a crash could leave an empty target.
    await handle.sync();
    await handle.close();
    handle = undefined;
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await abort();
    throw describeWriteError(target, err);
  }
  return {
    target,
    temp,
    async commit() {
      try {
        await rename(temp, target);
      } catch (err) {
        await abort();
        throw describeWriteError(target, err);
      }
      try {
        await syncFolder(dirname(target));
      } catch (err) {
        // The file is in place; only the durability of the rename is in doubt.
        throw describeWriteError(target, err);
      }
    },
    abort,
  };
}

/**
 * Writes a file so that, whatever happens (a crash, a full disk, a kill), the
 * target holds either its old content or the whole new one, never a part:
 * temp file in the same folder, fsync, rename over the target, fsync the
 * folder. The temp file is removed when anything fails. Errors are
 * AtomicWriteError with a message fit to show.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const prepared = await prepareAtomicWrite(target, data, options);
  await prepared.commit();
}
