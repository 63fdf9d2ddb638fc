import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicWriteError, describeWriteError, prepareAtomicWrite, writeFileAtomic } from '../../../src/node/fs/atomic-write';
import { useTempDir } from '../services/temp-dir';

const temp = useTempDir();

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one whole, leaving no temp file', async () => {
    const file = join(temp.dir(), 'out.txt');
    await writeFileAtomic(file, 'first');
    expect(readFileSync(file, 'utf8')).toBe('first');
    await writeFileAtomic(file, new TextEncoder().encode('second, longer'));
    expect(readFileSync(file, 'utf8')).toBe('second, longer');
    expect(readdirSync(temp.dir())).toEqual(['out.txt']);
  });

  it('says when the folder is missing, and writes nothing', async () => {
    const file = join(temp.dir(), 'gone', 'out.txt');
    const err = await writeFileAtomic(file, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AtomicWriteError);
    expect((err as AtomicWriteError).kind).toBe('missing-folder');
    expect((err as AtomicWriteError).message).toContain('does not exist');
    expect(readdirSync(temp.dir())).toEqual([]);
  });

  it('says when the folder is a file', async () => {
    writeFileSync(join(temp.dir(), 'plain'), 'x');
    const err = (await writeFileAtomic(join(temp.dir(), 'plain', 'out.txt'), 'x').catch((e: unknown) => e)) as AtomicWriteError;
    expect(err.kind).toBe('not-a-folder');
  });

  it('says when a folder is in the way of the target, and cleans up its temp file', async () => {
    mkdirSync(join(temp.dir(), 'out.txt'));
    const err = (await writeFileAtomic(join(temp.dir(), 'out.txt'), 'x').catch((e: unknown) => e)) as AtomicWriteError;
    expect(err).toBeInstanceOf(AtomicWriteError);
    expect(readdirSync(temp.dir())).toEqual(['out.txt']);
  });

  it('refuses a read-only folder with a clear message and leaves it untouched', async (ctx) => {
    const folder = temp.readOnlyFolder('locked');
    if (folder === null) ctx.skip();
    const err = (await writeFileAtomic(join(folder!, 'out.txt'), 'x').catch((e: unknown) => e)) as AtomicWriteError;
    expect(err).toBeInstanceOf(AtomicWriteError);
    expect(['read-only', 'permission']).toContain(err.kind);
    expect(err.message).toMatch(/read-only|permission/);
    expect(readdirSync(folder!)).toEqual([]);
  });

  it('prepares without touching the target until commit, and abort leaves nothing', async () => {
    const file = join(temp.dir(), 'out.txt');
    writeFileSync(file, 'old');
    const prepared = await prepareAtomicWrite(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(existsSync(prepared.temp)).toBe(true);
    await prepared.abort();
    expect(readdirSync(temp.dir())).toEqual(['out.txt']);
    const again = await prepareAtomicWrite(file, 'new');
    await again.commit();
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});

describe('describeWriteError', () => {
  const errno = (code: string) => Object.assign(new Error(code), { code });
  it('turns system errors into advice', () => {
    expect(describeWriteError('/x/out.txt', errno('EROFS')).kind).toBe('read-only');
    expect(describeWriteError('/x/out.txt', errno('EACCES')).message).toContain('no permission to write in /x');
    expect(describeWriteError('/x/out.txt', errno('ENOSPC')).message).toContain('full');
    expect(describeWriteError('/x/out.txt', errno('EIO')).kind).toBe('io');
  });
});
