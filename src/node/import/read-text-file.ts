import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { decodeBytes, type DecodedText, type DecodeFailureKind } from './decode';

/** Files above this size are refused: wire copy is kilobytes, and the whole file is held in memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface TextFile extends DecodedText {
  readonly path: string;
  /** Size of the file in bytes. */
  readonly bytes: number;
}

export type ReadFailureKind = 'not-found' | 'permission' | 'directory' | 'not-a-file' | 'too-large' | 'io' | DecodeFailureKind;

export interface ReadFailure {
  readonly ok: false;
  readonly path: string;
  readonly kind: ReadFailureKind;
  /** Why, in words, without the path: "no such file", "binary file (NUL byte at offset 12)". */
  readonly reason: string;
}

export type ReadResult = TextFile | ReadFailure;

export interface ReadOptions {
  readonly maxBytes?: number;
}

function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}

/** A system error (ENOENT, EACCES...) as a failure kind and a reason in words. */
export function describeReadError(err: unknown): { kind: ReadFailureKind; reason: string } {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return { kind: 'not-found', reason: 'no such file (moved or deleted?)' };
    case 'ENOTDIR':
      return { kind: 'not-found', reason: 'no such file (a part of the path is not a folder)' };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'permission', reason: 'permission denied' };
    case 'EISDIR':
      return { kind: 'directory', reason: 'is a directory' };
    case 'ELOOP':
      return { kind: 'io', reason: 'too many levels of symbolic links' };
    case 'ENAMETOOLONG':
      return { kind: 'io', reason: 'file name too long' };
    case 'EMFILE':
    case 'ENFILE':
      return { kind: 'io', reason: 'too many open files' };
    default: {
      const message = err instanceof Error ? err.message : String(err);
      return { kind: 'io', reason: `could not read it (${code ?? message})` };
    }
  }
}

/**
 * Reads a text file for review: opens it once, checks it is a regular file of
 * reasonable size, reads it and decodes it (see decodeBytes). Never throws;
 * every problem comes back as a ReadFailure with a reason fit to show.
 */
export async function readTextFile(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const fail = (kind: ReadFailureKind, reason: string): ReadFailure => ({ ok: false, path, kind, reason });
  let handle: FileHandle | undefined;
  try {
    // Non-blocking, so that a named pipe given by mistake is refused below instead of hanging the open.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    if (info.isDirectory()) return fail('directory', 'is a directory');
    if (!info.isFile()) return fail('not-a-file', 'not a regular file');
    if (info.size > maxBytes) return fail('too-large', `too large (${mebibytes(info.size)}; the limit is ${mebibytes(maxBytes)})`);
    const bytes = await handle.readFile();
    // It may have grown between the size check and the read.
    if (bytes.length > maxBytes) return fail('too-large', `too large (${mebibytes(bytes.length)}; the limit is ${mebibytes(maxBytes)})`);
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return fail(decoded.kind, decoded.reason);
    return { ...decoded, path, bytes: bytes.length };
  } catch (err) {
    const { kind, reason } = describeReadError(err);
    return fail(kind, reason);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
