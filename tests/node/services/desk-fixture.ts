import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { ApiErrorData } from '../../../src/core/api/contract';
import { ApiError } from '../../../src/node/services/api-error';
import { createDesk, type Desk } from '../../../src/node/services/create-desk';
import { useTempDir } from './temp-dir';

export { acceptPekin, AFTER_PEKIN, STORY_TEXT } from './desk-fixture-data';

/**
 * A desk in a fresh temp data folder per test, closed (before the folder is
 * removed) afterwards. Call once at the top of a test file.
 */
export function useDesk(): { desk: () => Desk; dir: () => string; reopen: () => Desk; temp: ReturnType<typeof useTempDir> } {
  const opened: Desk[] = [];
  let current: Desk | undefined;
  const temp = useTempDir();
  // Registered after useTempDir's hook, and vitest runs afterEach hooks in reverse: desks close before the folder goes.
  afterEach(() => {
    for (const d of opened.splice(0)) d.close();
    current = undefined;
  });
  const open = (): Desk => {
    const d = createDesk({ dataDir: join(temp.dir(), 'data'), shell: 'web', version: '9.9.9-test' });
    opened.push(d);
    return d;
  };
  return {
    desk: () => (current ??= open()),
    dir: temp.dir,
    /** Closes the current desk and opens the same data folder again, as a restart would. */
    reopen: () => {
      current?.close();
      current = open();
      return current;
    },
    temp,
  };
}

/** Awaits a rejection and checks it is an ApiError with this code and a message matching `message`. */
export async function expectApiError(promise: Promise<unknown>, code: ApiErrorData['code'], message?: RegExp): Promise<ApiError> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught, 'the call should have been refused').toBeInstanceOf(ApiError);
  const error = caught as ApiError;
  expect(error.data.code, error.message).toBe(code);
  expect(error.data.message).toBe(error.message);
  if (message) expect(error.message).toMatch(message);
  return error;
}
