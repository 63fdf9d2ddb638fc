import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { OpenFailure } from '../../core/api/contract';
import { describeReadError, readTextFile, type TextFile } from '../import/read-text-file';

export interface OpenedFile {
  /** The path as given (a file, or the folder it was found in). */
  readonly given: string;
  readonly file: TextFile;
}

export interface ReadPathsResult {
  readonly files: OpenedFile[];
  readonly failures: OpenFailure[];
}

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The *.txt files directly in a folder, in natural order (story-2 before story-10): the queue. */
async function textFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && /\.txt$/i.test(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort(natural.compare)
    .map((name) => join(folder, name));
}

/**
 * Reads files, and folders as the *.txt files in them. Never throws: a path
 * that cannot be read comes back as a failure with a reason for the editor,
 * and the others are read.
 */
export async function readPaths(paths: readonly string[]): Promise<ReadPathsResult> {
  const files: OpenedFile[] = [];
  const failures: OpenFailure[] = [];
  for (const given of paths) {
    // A relative path would be resolved against wherever the back end was started, which the editor cannot see.
    if (!isAbsolute(given)) {
      failures.push({ path: given, reason: 'not a full path (give the whole path from the root)' });
      continue;
    }
    let isFolder = false;
    try {
      isFolder = (await stat(given)).isDirectory();
    } catch (err) {
      failures.push({ path: given, reason: describeReadError(err).reason });
      continue;
    }
    let targets = [given];
    if (isFolder) {
      try {
        targets = await textFilesIn(given);
      } catch (err) {
        failures.push({ path: given, reason: `cannot list the folder: ${describeReadError(err).reason}` });
        continue;
      }
      if (targets.length === 0) {
        failures.push({ path: given, reason: 'no .txt files in this folder' });
        continue;
      }
    }
    for (const target of targets) {
      const read = await readTextFile(target);
      if (read.ok) files.push({ given, file: read });
      else failures.push({ path: target, reason: read.reason });
    }
  }
  return { files, failures };
}
