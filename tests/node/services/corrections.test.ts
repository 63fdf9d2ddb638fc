import { describe, expect, it } from 'vitest';
import { acceptPekin, AFTER_PEKIN, expectApiError, STORY_TEXT, useDesk } from './desk-fixture';

// The correction log through the desk: recorded with the text after it, listed in order, undone and redone.
const t = useDesk();

describe('corrections', () => {
  it('records a correction and saves the text after it in the same call', async () => {
    const story = await t.desk().openText('a', STORY_TEXT);
    const c = await t.desk().recordCorrection(acceptPekin(story), AFTER_PEKIN);
    expect(c).toMatchObject({ storyId: story.id, kind: 'accept', originalText: 'Pékin', newText: 'Beijing', undone: false });
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(c.createdAt))).toBe(false);
    expect((await t.desk().getStory(story.id)).currentText).toBe(AFTER_PEKIN);
    expect(await t.desk().listCorrections(story.id)).toEqual([c]);
  });

  it('lists in log order, undone ones included and flagged', async () => {
    const story = await t.desk().openText('a', STORY_TEXT);
    const first = await t.desk().recordCorrection(acceptPekin(story), AFTER_PEKIN);
    const second = await t.desk().recordCorrection(
      { storyId: story.id, kind: 'edit', start: 3, end: 12, originalText: 'président', newText: 'President', category: 'fluency/spelling', severity: 'minor', editor: 'JD', timeSpentMs: 10 },
      'Le President a dit à Beijing.',
    );
    const undone = await t.desk().setCorrectionUndone(first.id, true, 'Le President a dit à Pékin.');
    expect(undone).toEqual({ ...first, undone: true });
    expect((await t.desk().listCorrections(story.id)).map((c) => [c.id, c.undone])).toEqual([
      [first.id, true],
      [second.id, false],
    ]);
    expect((await t.desk().getStory(story.id)).currentText).toBe('Le President a dit à Pékin.');
    const redone = await t.desk().setCorrectionUndone(first.id, false, 'Le President a dit à Beijing.');
    expect(redone.undone).toBe(false);
  });

  it('leaves out fields a caller invents, and takes null as not given', async () => {
    const story = await t.desk().openText('a', STORY_TEXT);
    const input = { ...acceptPekin(story), startedAt: null, dismissScope: null, injected: 'x', seq: 99 };
    const c = await t.desk().recordCorrection(input as never, AFTER_PEKIN);
    expect(c).not.toHaveProperty('injected');
    expect(c).not.toHaveProperty('seq');
    expect(c).not.toHaveProperty('startedAt');
    expect(c).not.toHaveProperty('dismissScope');
  });

  it('refuses an unsound record as bad-input, recording nothing and keeping the text', async () => {
    const story = await t.desk().openText('a', STORY_TEXT);
    await expectApiError(t.desk().recordCorrection(acceptPekin(story, { end: 27 }), AFTER_PEKIN), 'bad-input', /originalText has 5 UTF-16 units/);
    await expectApiError(t.desk().recordCorrection(acceptPekin(story, { rule: undefined }), AFTER_PEKIN), 'bad-input', /needs the rule id/);
    expect(await t.desk().listCorrections(story.id)).toEqual([]);
    expect((await t.desk().getStory(story.id)).currentText).toBe(STORY_TEXT);
  });

  it('refuses a correction for a story not on the desk, and a duplicate id', async () => {
    const story = await t.desk().openText('a', STORY_TEXT);
    await expectApiError(t.desk().recordCorrection(acceptPekin({ id: 'gone' }), AFTER_PEKIN), 'not-found', /No story with id gone/);
    const c = await t.desk().recordCorrection(acceptPekin(story), AFTER_PEKIN);
    await expectApiError(t.desk().recordCorrection(acceptPekin(story, { id: c.id }), AFTER_PEKIN), 'bad-input', /already recorded/);
  });

  it('setCorrectionUndone on an unknown id is not-found', async () => {
    await expectApiError(t.desk().setCorrectionUndone('nope', true, ''), 'not-found', /No correction with id nope/);
  });

  it('keeps the log of a removed story, though the story cannot be listed', async () => {
    const story = await t.desk().openText('a', STORY_TEXT);
    const c = await t.desk().recordCorrection(acceptPekin(story), AFTER_PEKIN);
    await t.desk().removeStory(story.id);
    await expectApiError(t.desk().listCorrections(story.id), 'not-found');
    // Undo of a correction whose story is gone must say so rather than half-apply.
    await expectApiError(t.desk().setCorrectionUndone(c.id, true, STORY_TEXT), 'not-found');
  });
});
