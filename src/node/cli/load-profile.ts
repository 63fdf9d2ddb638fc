import { ProfileError, validateProfile } from '../../core/profiles/validate';
import type { Profile } from '../../core/profiles/profile';
import { readTextFile } from '../import/read-text-file';
import { lineIndex } from './line-index';
import { UsageError } from './usage-error';

/** Node names the failing character by offset; editors count lines, so say both. */
function jsonErrorMessage(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const position = /at position (\d+)/.exec(message);
  if (!position) return message;
  const { line, column } = lineIndex(text)(Number(position[1]));
  return `${message} (line ${line}, column ${column})`;
}

/** Reads, parses and validates a desk's profile file; every problem is a UsageError naming the file. */
export async function loadProfileFile(path: string): Promise<Profile> {
  const file = await readTextFile(path);
  if (!file.ok) throw new UsageError(`--profile ${path}: ${file.reason}`);
  let raw: unknown;
  try {
    raw = JSON.parse(file.text);
  } catch (err) {
    throw new UsageError(`--profile ${path}: not valid JSON: ${jsonErrorMessage(err, file.text)}`);
  }
  try {
    return validateProfile(raw, path);
  } catch (err) {
    if (err instanceof ProfileError) throw new UsageError(`--profile ${err.message}`);
    throw err;
  }
}
