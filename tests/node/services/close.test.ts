import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../src/core/api/contract';
import { expectApiError, useDesk } from './desk-fixture';

// After close() (the app quitting) a late call from a window must be refused in words, not crash on a closed database.
const t = useDesk();

describe('close', () => {
  it('refuses every method afterwards with a clear message', async () => {
    const desk = t.desk();
    const story = await desk.openText('a', 'x');
    desk.close();
    for (const method of API_METHODS) {
      const fn = desk[method] as (...a: unknown[]) => Promise<unknown>;
      await expectApiError(fn(story.id, 'x', 0), 'unsupported', /shutting down/);
    }
  });

  it('can be called twice', () => {
    const desk = t.desk();
    desk.close();
    expect(() => desk.close()).not.toThrow();
  });

  it('refuses a call that was under way when the desk closed, rather than failing inside SQLite', async () => {
    const desk = t.desk();
    writeFileSync(join(t.dir(), 'late.txt'), 'Late copy.');
    // openPaths awaits the file system before it writes: close the desk in that gap.
    const pending = desk.openPaths([t.dir()]);
    desk.close();
    const error = await expectApiError(pending, 'unsupported', /shutting down/);
    expect(error.message).not.toMatch(/database connection/i);
  });
});
