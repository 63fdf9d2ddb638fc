import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../../src/node/cli/collect-files';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-collect-'));
  for (const name of ['b.txt', 'a.TXT', 'notes.md', '.hidden.txt']) writeFileSync(join(dir, name), 'x');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'c.txt'), 'x');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'd.txt'), 'x');
  mkdirSync(join(dir, 'empty'));
  // A link back up must not loop.
  symlinkSync(dir, join(dir, 'sub', 'loop'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collectFiles', () => {
  it('walks folders for *.txt in name order, skipping hidden entries and folder links', async () => {
    const { files, problems } = await collectFiles([dir]);
    expect(files).toEqual([join(dir, 'a.TXT'), join(dir, 'b.txt'), join(dir, 'sub', 'c.txt')]);
    expect(problems).toEqual([]);
  });

  it('keeps named files as given, even missing or not .txt, once each', async () => {
    const md = join(dir, 'notes.md');
    const missing = join(dir, 'missing.txt');
    const { files } = await collectFiles([md, missing, dir, join(dir, 'b.txt')]);
    expect(files).toEqual([md, missing, join(dir, 'a.TXT'), join(dir, 'b.txt'), join(dir, 'sub', 'c.txt')]);
  });

  it('warns about a folder without text files', async () => {
    const { files, problems } = await collectFiles([join(dir, 'empty')]);
    expect(files).toEqual([]);
    expect(problems).toEqual([{ path: join(dir, 'empty'), reason: 'no .txt files in this folder', fatal: false }]);
  });
});
