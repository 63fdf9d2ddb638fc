import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/core/api/contract';
import { acceptPekin, AFTER_PEKIN, expectApiError, STORY_TEXT, useDesk } from './desk-fixture';

// exportStory: the files exist, hold what the desk recorded, and a bad folder or format is told plainly.
const t = useDesk();

async function reviewedStory() {
  const story = await t.desk().openText('baghdad.txt', STORY_TEXT);
  const c = await t.desk().recordCorrection(acceptPekin(story), AFTER_PEKIN);
  return { story, c };
}

describe('exportStory', () => {
  it('writes every format into the chosen folder', async () => {
    const { story, c } = await reviewedStory();
    const dir = t.dir();
    const result = await t.desk().exportStory(story.id, { dir });
    const names = ['baghdad.corrected.txt', 'baghdad.corrections.csv', 'baghdad.corrections.json', 'baghdad.diff', 'baghdad.report.html'];
    expect(result).toEqual({ dir, files: names.map((n) => join(dir, n)) });
    for (const f of result.files) expect(existsSync(f), f).toBe(true);
    // No temp files left behind by the atomic writes.
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);

    expect(readFileSync(join(dir, 'baghdad.corrected.txt'), 'utf8')).toBe(AFTER_PEKIN);
    const csv = readFileSync(join(dir, 'baghdad.corrections.csv'), 'utf8');
    expect(csv.startsWith('\ufeffseq,id,story,kind')).toBe(true);
    expect(csv).toContain(c.id);
    const log = JSON.parse(readFileSync(join(dir, 'baghdad.corrections.json'), 'utf8')) as { format: string; appVersion: string; story: { id: string }; corrections: unknown[] };
    expect(log).toMatchObject({ format: 'copydesk-correction-log', appVersion: '9.9.9-test', story: { id: story.id } });
    expect(log.corrections).toEqual([c]);
    const diff = readFileSync(join(dir, 'baghdad.diff'), 'utf8');
    expect(diff).toContain('-Le président a dit à Pékin.');
    expect(diff).toContain('+Le président a dit à Beijing.');
    const html = readFileSync(join(dir, 'baghdad.report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Beijing');
  });

  it('writes only the formats asked for, each once', async () => {
    const { story } = await reviewedStory();
    const result = await t.desk().exportStory(story.id, { dir: t.dir(), formats: ['diff', 'text', 'diff'] });
    expect(result.files.map((f) => f.slice(t.dir().length + 1))).toEqual(['baghdad.corrected.txt', 'baghdad.diff']);
    expect(readdirSync(t.dir()).filter((n) => n.startsWith('baghdad')).sort()).toEqual(['baghdad.corrected.txt', 'baghdad.diff']);
  });

  it('defaults to the exports folder in the data folder, created if need be', async () => {
    const { story } = await reviewedStory();
    const result = await t.desk().exportStory(story.id, { formats: ['text'] });
    expect(result.dir).toBe(join(t.dir(), 'data', 'exports'));
    expect(readFileSync(join(result.dir, 'baghdad.corrected.txt'), 'utf8')).toBe(AFTER_PEKIN);
    // No options object at all is the same as an empty one.
    expect((await t.desk().exportStory(story.id, undefined as never)).files).toHaveLength(EXPORT_FORMATS.length);
  });

  it('says clearly when the chosen folder is missing, writing nothing', async () => {
    const { story } = await reviewedStory();
    const missing = join(t.dir(), 'gone');
    const error = await expectApiError(t.desk().exportStory(story.id, { dir: missing }), 'io', /the folder .*gone does not exist/);
    expect(error.message).toContain(missing);
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses a read-only folder as io, where one can be arranged', async () => {
    const { story } = await reviewedStory();
    const folder = t.temp.readOnlyFolder('locked');
    if (folder === null) return;
    await expectApiError(t.desk().exportStory(story.id, { dir: folder }), 'io', /Choose another folder/);
  });

  it('refuses bad formats and folders as bad-input', async () => {
    const { story } = await reviewedStory();
    const dir = t.dir();
    await expectApiError(t.desk().exportStory(story.id, { dir, formats: ['pdf'] as never }), 'bad-input', /formats\[0\] must be one of text, log-csv, log-json, diff, report-html \(got "pdf"\)/);
    await expectApiError(t.desk().exportStory(story.id, { dir, formats: [] }), 'bad-input', /at least one export format/);
    await expectApiError(t.desk().exportStory(story.id, { dir, formats: 'text' as never }), 'bad-input', /formats must be a list/);
    await expectApiError(t.desk().exportStory(story.id, { dir: 'relative/dir' }), 'bad-input', /must be a full path/);
    await expectApiError(t.desk().exportStory(story.id, { dir: 42 } as never), 'bad-input', /Export folder must be text/);
    await expectApiError(t.desk().exportStory(story.id, 'all' as never), 'bad-input', /Export options must be an object/);
    expect(readdirSync(dir).filter((n) => n.startsWith('baghdad'))).toEqual([]);
  });

  it('exports of an unknown story are not-found', async () => {
    await expectApiError(t.desk().exportStory('nope', { dir: t.dir() }), 'not-found');
  });
});
