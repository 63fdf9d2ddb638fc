import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/core/api/contract';
import { AtomicWriteError } from '../../../src/node/fs/atomic-write';
import { writeStoryExport } from '../../../src/node/export/write-story-export';
import { useTempDir } from '../services/temp-dir';
import { CORRECTED, makeLog, makeStory, MT } from './story-fixture';

const temp = useTempDir();
const input = { story: makeStory(), corrections: makeLog(), appVersion: '0.1.0', exportedAt: new Date('2024-05-01T11:00:00Z') };

describe('writeStoryExport', () => {
  it('writes every format, named after the story, and nothing else', async () => {
    const result = await writeStoryExport(input, temp.dir(), EXPORT_FORMATS);
    expect(result.dir).toBe(temp.dir());
    expect(result.files.map((f) => f.slice(temp.dir().length + 1))).toEqual([
      'embassy.corrected.txt',
      'embassy.corrections.csv',
      'embassy.corrections.json',
      'embassy.diff',
      'embassy.report.html',
    ]);
    expect(readdirSync(temp.dir()).sort()).toEqual(result.files.map((f) => f.slice(temp.dir().length + 1)).sort());
  });

  it('writes the corrected text, a diff that turns the MT into it, and the log', async () => {
    const { files } = await writeStoryExport(input, temp.dir(), EXPORT_FORMATS);
    const [text, csv, json, diff] = files.map((f) => readFileSync(f, 'utf8'));
    expect(text).toBe(CORRECTED);
    expect(diff).toContain('--- mt/embassy.txt');
    expect(diff).toContain('+++ corrected/embassy.txt');
    expect(applyPatch(MT, diff!)).toBe(CORRECTED);
    const lines = csv!.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe('seq,id,story,kind,start,end,original_text,new_text,rule,category,severity,dismiss_scope,suggestion_index,editor,created_at,started_at,time_spent_ms,undone');
    expect(lines[1]).toBe('1,c1,embassy.txt,accept,65,71,friday,Friday,capitalization,fluency/spelling,minor,,0,JD,2024-05-01T10:01:00.000Z,,1200,false');
    expect(lines).toHaveLength(7);
    const doc = JSON.parse(json!) as { format: string; version: number; corrections: unknown[]; metrics: { mqm: { penalty: number }; reviewMs: number } };
    expect(doc.format).toBe('copydesk-correction-log');
    expect(doc.version).toBe(1);
    expect(doc.corrections).toHaveLength(5);
    expect(doc.metrics.mqm.penalty).toBe(7);
    expect(doc.metrics.reviewMs).toBe(185_000);
  });

  it('writes only the formats asked for', async () => {
    const { files } = await writeStoryExport(input, temp.dir(), ['diff']);
    expect(files).toEqual([join(temp.dir(), 'embassy.diff')]);
  });

  it('keeps CRLF in the corrected text and quotes CSV cells with line breaks', async () => {
    const story = makeStory({ sourceText: MT.replace(/\n/g, '\r\n'), currentText: CORRECTED });
    const corrections = [{ ...makeLog()[1]!, originalText: '=1+1,\n"x"', newText: 'y', start: 0, end: 9 }];
    const { files } = await writeStoryExport({ ...input, story, corrections }, temp.dir(), ['text', 'log-csv']);
    expect(readFileSync(files[0]!, 'utf8')).toBe(CORRECTED.replace(/\n/g, '\r\n'));
    expect(readFileSync(files[1]!, 'utf8')).toContain(`,"'=1+1,\n""x""",y,`);
  });

  it('refuses a missing folder with a clear message, writing nothing', async () => {
    const err = await writeStoryExport(input, join(temp.dir(), 'nope'), EXPORT_FORMATS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AtomicWriteError);
    expect((err as Error).message).toContain('does not exist');
  });

  it('writes all files or none: a failure on one leaves no temp files and no partial export', async () => {
    // A folder where the report should go makes that one file fail.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(temp.dir(), 'embassy.report.html'));
    writeFileSync(join(temp.dir(), 'embassy.corrected.txt'), 'previous export');
    const err = await writeStoryExport(input, temp.dir(), EXPORT_FORMATS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AtomicWriteError);
    expect(readdirSync(temp.dir()).sort()).toEqual(['embassy.corrected.txt', 'embassy.report.html']);
    expect(readFileSync(join(temp.dir(), 'embassy.corrected.txt'), 'utf8')).toBe('previous export');
  });

  it('refuses a read-only folder with a clear message', async (ctx) => {
    const folder = temp.readOnlyFolder('locked');
    if (folder === null) ctx.skip();
    const err = await writeStoryExport(input, folder!, EXPORT_FORMATS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AtomicWriteError);
    expect((err as Error).message).toMatch(/read-only|permission/);
    expect(readdirSync(folder!)).toEqual([]);
  });
});
