import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../../src/node/services/create-desk';
import { CLEAN, GARBLED } from '../fixtures';
import { expectApiError, useDesk } from './desk-fixture';

// The story methods: summaries without texts, the editor's text and caret kept for resume, status, time, removal.
const t = useDesk();

const SUMMARY_KEYS = ['createdAt', 'cursor', 'encoding', 'id', 'name', 'path', 'reviewMs', 'status', 'updatedAt'];

describe('stories on the desk', () => {
  it('lists summaries in the order opened, with no text riding along', async () => {
    const a = await t.desk().openText('a', GARBLED);
    const b = await t.desk().openText('b', CLEAN);
    const list = await t.desk().listStories();
    expect(list.map((s) => s.id)).toEqual([a.id, b.id]);
    for (const s of list) expect(Object.keys(s).sort()).toEqual(SUMMARY_KEYS);
    expect(JSON.stringify(list)).not.toContain('Baghdad');
  });

  it('returns summaries without text from openPaths and setStatus too', async () => {
    const story = await t.desk().openText('a', GARBLED);
    const summary = await t.desk().setStatus(story.id, 'in-review');
    expect(Object.keys(summary).sort()).toEqual(SUMMARY_KEYS);
    expect(summary.status).toBe('in-review');
    expect((await t.desk().getStory(story.id)).status).toBe('in-review');
  });

  it('getStory of an unknown id is not-found', async () => {
    await expectApiError(t.desk().getStory('no-such-id'), 'not-found', /No story with id no-such-id/);
  });

  it('saveText keeps the text and caret, and the MT as opened stays', async () => {
    const story = await t.desk().openText('a', 'Le président a dit à Pékin.');
    await expect(t.desk().saveText(story.id, 'Le président a dit à Beijing.', 28)).resolves.toBeUndefined();
    const saved = await t.desk().getStory(story.id);
    expect(saved.currentText).toBe('Le président a dit à Beijing.');
    expect(saved.sourceText).toBe('Le président a dit à Pékin.');
    expect(saved.cursor).toBe(28);
    // The caret may sit at the very end, not past it.
    await t.desk().saveText(story.id, 'abc', 3);
    await expectApiError(t.desk().saveText(story.id, 'abc', 4), 'bad-input', /Cursor must be a whole number from 0 to 3/);
    expect((await t.desk().getStory(story.id)).currentText).toBe('abc');
  });

  it('addReviewTime sums, rounded to whole milliseconds', async () => {
    const story = await t.desk().openText('a', 'x');
    await t.desk().addReviewTime(story.id, 1000);
    await t.desk().addReviewTime(story.id, 250.4);
    expect((await t.desk().getStory(story.id)).reviewMs).toBe(1250);
    await expectApiError(t.desk().addReviewTime(story.id, 25 * 3600 * 1000), 'bad-input', /more than a day/);
  });

  it('removeStory takes it off the desk; later calls on it are not-found', async () => {
    const a = await t.desk().openText('a', 'x');
    const b = await t.desk().openText('b', 'y');
    await t.desk().removeStory(a.id);
    expect((await t.desk().listStories()).map((s) => s.id)).toEqual([b.id]);
    await expectApiError(t.desk().getStory(a.id), 'not-found');
    await expectApiError(t.desk().removeStory(a.id), 'not-found');
    await expectApiError(t.desk().saveText(a.id, 'z', 0), 'not-found');
  });

  it('getAppInfo names the shell, version and data folder', async () => {
    const info = await t.desk().getAppInfo();
    expect(info).toEqual({ version: '9.9.9-test', shell: 'web', dataDir: expect.stringMatching(/data$/) });
  });

  it('reports its data folder as a full, tidy path, and uses the shell dialog it was given', async () => {
    const desk = createDesk({ dataDir: `${t.dir()}/x/../other/`, shell: 'electron', version: '1', pickPaths: async (kind) => [`/picked/${kind}`] });
    try {
      expect(await desk.getAppInfo()).toEqual({ version: '1', shell: 'electron', dataDir: join(t.dir(), 'other') });
      // With the shell's native dialog, pickPaths hands on what it picked.
      expect(await desk.pickPaths('folder')).toEqual(['/picked/folder']);
    } finally {
      desk.close();
    }
  });

  it('pickPaths is null without a native dialog', async () => {
    await expect(t.desk().pickPaths('files')).resolves.toBeNull();
  });
});
