import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/core/analyze';
import { describeReadError, MAX_FILE_BYTES, readTextFile, type ReadResult } from '../../../src/node/import/read-text-file';
import { CLEAN, GARBLED } from '../fixtures';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-read-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function failure(result: ReadResult) {
  if (result.ok) throw new Error('expected the read to fail');
  return result;
}

describe('readTextFile', () => {
  it('reads and decodes a file, reporting the encoding and size', async () => {
    const path = join(dir, 'story.txt');
    const text = 'Headline\r\n\r\nBody near the Tigre River.\r\n';
    writeFileSync(path, Buffer.from(`\ufeff${text}`, 'utf8'));
    const r = await readTextFile(path);
    expect(r).toMatchObject({ ok: true, path, encoding: 'utf-8', bom: true, text, bytes: 3 + text.length, warnings: [] });
  });

  it('says so when the file does not exist or vanished', async () => {
    const path = join(dir, 'gone.txt');
    writeFileSync(path, 'soon gone');
    rmSync(path);
    expect(failure(await readTextFile(path))).toEqual({ ok: false, path, kind: 'not-found', reason: 'no such file (moved or deleted?)' });
  });

  it('says so when a part of the path is a file', async () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    expect(failure(await readTextFile(join(file, 'inner.txt'))).kind).toBe('not-found');
  });

  it('refuses a directory', async () => {
    const sub = join(dir, 'folder.txt');
    mkdirSync(sub);
    expect(failure(await readTextFile(sub))).toMatchObject({ kind: 'directory', reason: 'is a directory' });
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('reports a file it may not read', async () => {
    const path = join(dir, 'secret.txt');
    writeFileSync(path, 'classified');
    chmodSync(path, 0o000);
    expect(failure(await readTextFile(path))).toMatchObject({ kind: 'permission', reason: 'permission denied' });
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe without waiting for a writer', async () => {
    const path = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [path]);
    expect(failure(await readTextFile(path))).toMatchObject({ kind: 'not-a-file', reason: 'not a regular file' });
  });

  it('names the usual system errors in words', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(describeReadError(error('EACCES'))).toEqual({ kind: 'permission', reason: 'permission denied' });
    expect(describeReadError(error('EPERM'))).toEqual({ kind: 'permission', reason: 'permission denied' });
    expect(describeReadError(error('EISDIR'))).toEqual({ kind: 'directory', reason: 'is a directory' });
    expect(describeReadError(error('EIO'))).toEqual({ kind: 'io', reason: 'could not read it (EIO)' });
    expect(describeReadError('odd')).toEqual({ kind: 'io', reason: 'could not read it (odd)' });
  });

  it('refuses a file above the size limit, before reading it', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    // Sparse: takes no disk space, and is never read.
    truncateSync(path, MAX_FILE_BYTES + 1024 * 1024);
    expect(failure(await readTextFile(path))).toMatchObject({ kind: 'too-large', reason: 'too large (65 MiB; the limit is 64 MiB)' });
    const small = join(dir, 'small.txt');
    writeFileSync(small, 'x'.repeat(3 * 1024 * 1024));
    expect(failure(await readTextFile(small, { maxBytes: 1024 * 1024 })).reason).toBe('too large (3 MiB; the limit is 1 MiB)');
  });

  it('passes on the decoder refusal', async () => {
    const path = join(dir, 'image.txt');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(failure(await readTextFile(path))).toMatchObject({ kind: 'binary', reason: 'binary file (NUL byte at offset 8)' });
  });

  it('reads a 20 MB file and analyzes it in reasonable time', { timeout: 120_000 }, async () => {
    // Mostly clean copy with some garble, as a long feed would be.
    const story = `${CLEAN}\n${CLEAN}\n${GARBLED}\n`.replace(/\n/g, '\r\n');
    const path = join(dir, 'twenty.txt');
    const copies = Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(story));
    writeFileSync(path, story.repeat(copies));
    const t0 = performance.now();
    const r = await readTextFile(path);
    if (!r.ok) throw new Error(r.reason);
    expect(r.bytes).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    expect(r.text.length).toBe(story.length * copies);
    expect(performance.now() - t0).toBeLessThan(5_000);
    const result = createAnalyzer().analyze(r.text);
    expect(result.words).toBeGreaterThan(1_000_000);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.end <= r.text.length)).toBe(true);
  });
});
