import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/node/import/read-text-file';
import { CLEAN, GARBLED } from '../fixtures';
import { useDesk } from './desk-fixture';

// openPaths: files and folders in, stories or a reason per file out; one bad file never stops the rest.
const t = useDesk();

function file(name: string, content: string | Uint8Array): string {
  const path = join(t.dir(), name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe('openPaths', () => {
  it('opens files as stories and keeps their texts exactly', async () => {
    const a = file('a.txt', GARBLED);
    const b = file('b.txt', CLEAN.replace(/\n/g, '\r\n'));
    const result = await t.desk().openPaths([a, b]);
    expect(result.failures).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.stories.map((s) => [s.name, s.path, s.encoding, s.status])).toEqual([
      ['a.txt', a, 'utf-8', 'new'],
      ['b.txt', b, 'utf-8', 'new'],
    ]);
    const story = await t.desk().getStory(result.stories[1]!.id);
    // CRLF kept as it is: offsets of findings and corrections count it.
    expect(story.sourceText).toBe(CLEAN.replace(/\n/g, '\r\n'));
    expect(story.currentText).toBe(story.sourceText);
  });

  it('opens a folder as a queue of its *.txt files in natural order, nothing else', async () => {
    const folder = join(t.dir(), 'queue');
    file('queue/story-10.txt', 'Ten.');
    file('queue/story-2.txt', 'Two.');
    file('queue/Story-3.TXT', 'Three.');
    file('queue/notes.md', 'not copy');
    file('queue/.hidden.txt', 'hidden');
    file('queue/sub/inner.txt', 'in a subfolder');
    const result = await t.desk().openPaths([folder]);
    expect(result.failures).toEqual([]);
    expect(result.stories.map((s) => s.name)).toEqual(['story-2.txt', 'Story-3.TXT', 'story-10.txt']);
    expect(result.stories.map((s) => s.path)).toEqual([join(folder, 'story-2.txt'), join(folder, 'Story-3.TXT'), join(folder, 'story-10.txt')]);
  });

  it('says so when a folder has no .txt files', async () => {
    const folder = join(t.dir(), 'empty-folder');
    mkdirSync(folder);
    const result = await t.desk().openPaths([folder]);
    expect(result.stories).toEqual([]);
    expect(result.failures).toEqual([{ path: folder, reason: 'no .txt files in this folder' }]);
  });

  it('refuses a binary file with the reason and still opens the others', async () => {
    const bin = file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const good = file('good.txt', CLEAN);
    const result = await t.desk().openPaths([bin, good]);
    expect(result.stories.map((s) => s.name)).toEqual(['good.txt']);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.path).toBe(bin);
    expect(result.failures[0]!.reason).toMatch(/^binary file/);
  });

  it('opens an empty file with a warning', async () => {
    const empty = file('empty.txt', '');
    const result = await t.desk().openPaths([empty]);
    expect(result.stories).toHaveLength(1);
    expect(result.warnings).toEqual([{ path: empty, reason: 'empty file' }]);
    expect((await t.desk().getStory(result.stories[0]!.id)).sourceText).toBe('');
  });

  it('reports a file that vanished, and a relative path, without throwing', async () => {
    const gone = file('gone.txt', 'x');
    rmSync(gone);
    const result = await t.desk().openPaths([gone, 'relative/story.txt']);
    expect(result.stories).toEqual([]);
    expect(result.failures).toEqual([
      { path: gone, reason: 'no such file (moved or deleted?)' },
      { path: 'relative/story.txt', reason: 'not a full path (give the whole path from the root)' },
    ]);
  });

  it('refuses invalid UTF-8 in an otherwise UTF-8 file, naming the byte', async () => {
    const bad = file('bad.txt', Buffer.concat([Buffer.from('Le président ', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(' dit.')]));
    const result = await t.desk().openPaths([bad]);
    expect(result.stories).toEqual([]);
    expect(result.failures[0]!.reason).toMatch(/not valid UTF-8 \(byte 0xC3 at offset 14\)/);
  });

  it('reads UTF-16 with a byte-order mark, the mark removed', async () => {
    const text = 'Le président a dit à Pékin.';
    const path = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = await t.desk().openPaths([path]);
    expect(result.warnings).toEqual([]);
    expect(result.stories[0]!.encoding).toBe('utf-16le');
    expect((await t.desk().getStory(result.stories[0]!.id)).sourceText).toBe(text);
  });

  it('reads Windows-1252 and says it did', async () => {
    // "Le café a dit “oui”." as Windows-1252: é is 0xE9, the curly quotes 0x93 and 0x94.
    const path = file('latin.txt', Buffer.from([...Buffer.from('Le caf'), 0xe9, ...Buffer.from(' a dit '), 0x93, ...Buffer.from('oui'), 0x94, 0x2e]));
    const result = await t.desk().openPaths([path]);
    expect(result.stories[0]!.encoding).toBe('windows-1252');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]!.reason).toMatch(/read as Windows-1252$/);
    expect((await t.desk().getStory(result.stories[0]!.id)).sourceText).toBe('Le café a dit “oui”.');
  });

  it('refuses a file over the size limit without reading it', async () => {
    // Sparse: a file one byte over the limit that takes no room on disk.
    const big = file('huge.txt', '');
    truncateSync(big, MAX_FILE_BYTES + 1);
    const started = Date.now();
    const result = await t.desk().openPaths([big]);
    expect(result.stories).toEqual([]);
    expect(result.failures).toEqual([{ path: big, reason: 'too large (64 MiB; the limit is 64 MiB)' }]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a symbolic link in a folder that leads to a folder, and opens the rest', async () => {
    file('q/one.txt', 'One.');
    mkdirSync(join(t.dir(), 'elsewhere'));
    symlinkSync(join(t.dir(), 'elsewhere'), join(t.dir(), 'q', 'dir.txt'));
    const result = await t.desk().openPaths([join(t.dir(), 'q')]);
    expect(result.stories.map((s) => s.name)).toEqual(['one.txt']);
    expect(result.failures).toEqual([{ path: join(t.dir(), 'q', 'dir.txt'), reason: 'is a directory' }]);
  });

  it('adds what was opened to the recent list, a folder as the folder, failures not at all', async () => {
    const a = file('a.txt', 'A.');
    file('f/b.txt', 'B.');
    const folder = join(t.dir(), 'f');
    await t.desk().openPaths([a, folder, join(t.dir(), 'missing.txt')]);
    const recent = await t.desk().listRecent();
    expect(recent.map((r) => r.path).sort()).toEqual([a, folder].sort());
    for (const r of recent) expect(Number.isNaN(Date.parse(r.openedAt))).toBe(false);
  });
});
