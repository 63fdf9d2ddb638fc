import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../../src/node/services/create-desk';
import { acceptPekin, AFTER_PEKIN, STORY_TEXT, useDesk } from './desk-fixture';

// The contract's promise: once a call resolves, what it changed is on disk. A
// restart, or a crash right after the acknowledgement, must not lose it.
const t = useDesk();

describe('durability', () => {
  it('keeps an acknowledged correction, the text and the session across close and reopen', async () => {
    const story = await t.desk().openText('a', STORY_TEXT);
    const c = await t.desk().recordCorrection(acceptPekin(story), AFTER_PEKIN);
    await t.desk().saveText(story.id, AFTER_PEKIN, 5);
    await t.desk().setStatus(story.id, 'done');
    const session = await t.desk().saveSession({ openStoryIds: [story.id], currentStoryId: story.id, editor: 'JD' });
    const again = t.reopen();
    expect(await again.listCorrections(story.id)).toEqual([c]);
    expect(await again.getStory(story.id)).toMatchObject({ currentText: AFTER_PEKIN, cursor: 5, status: 'done' });
    expect(await again.getSession()).toEqual(session);
  });

  it('keeps a correction acknowledged by a process killed right after', async () => {
    const dataDir = join(t.dir(), 'crashed');
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'desk-crash-writer.ts'), dataDir], {
      cwd: process.cwd(),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    const { storyId, correctionId } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { storyId: string; correctionId: string };
    const desk = createDesk({ dataDir, shell: 'web', version: 'test' });
    try {
      expect((await desk.getStory(storyId)).currentText).toBe(AFTER_PEKIN);
      expect((await desk.listCorrections(storyId)).map((c) => c.id)).toEqual([correctionId]);
    } finally {
      desk.close();
    }
  }, 40_000);
});
