import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfileFile } from '../../../src/node/cli/load-profile';
import { UsageError } from '../../../src/node/cli/usage-error';
import { deskProfile } from './desk-profile';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-profile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function problem(path: string): Promise<string> {
  try {
    await loadProfileFile(path);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('the profile was accepted');
}

describe('loadProfileFile', () => {
  it('loads a valid profile, with a byte-order mark too', async () => {
    const path = join(dir, 'desk.json');
    writeFileSync(path, `\ufeff${JSON.stringify(deskProfile())}`);
    expect((await loadProfileFile(path)).id).toBe('xx');
  });

  it('names the file and the JSON path of a shape problem', async () => {
    const path = join(dir, 'bad.json');
    const profile = deskProfile();
    profile.calques[0]!.severity = 'severe';
    writeFileSync(path, JSON.stringify(profile));
    expect(await problem(path)).toBe(`--profile ${path}: calques[0].severity must be minor, major or critical (got "severe")`);
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const path = join(dir, 'syntax.json');
    writeFileSync(path, '{\n  "id": "xx",\n  "name": "X",,\n}');
    expect(await problem(path)).toMatch(/^--profile .*syntax\.json: not valid JSON: .* \(line 3, column 15\)$/);
  });

  it('says why a file cannot be read', async () => {
    expect(await problem(join(dir, 'nope.json'))).toBe(`--profile ${join(dir, 'nope.json')}: no such file (moved or deleted?)`);
  });
});
