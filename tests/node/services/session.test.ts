import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectApiError, useDesk } from './desk-fixture';

// The saved session and recent files: what lets a restart resume where the editor was.
const t = useDesk();

describe('session', () => {
  it('is null on a new desk', async () => {
    await expect(t.desk().getSession()).resolves.toBeNull();
  });

  it('round-trips through saveSession and getSession, and survives a restart', async () => {
    const a = await t.desk().openText('a', 'x');
    const b = await t.desk().openText('b', 'y');
    const saved = await t.desk().saveSession({ openStoryIds: [a.id, b.id], currentStoryId: b.id, compareStoryId: a.id, editor: 'JD' });
    expect(saved).toEqual({ openStoryIds: [a.id, b.id], currentStoryId: b.id, compareStoryId: a.id, editor: 'JD', savedAt: expect.any(String) });
    expect(await t.desk().getSession()).toEqual(saved);
    expect(await t.reopen().getSession()).toEqual(saved);
  });

  it('fills in what JSON cannot say: no compare story, no editor yet', async () => {
    const a = await t.desk().openText('a', 'x');
    const saved = await t.desk().saveSession({ openStoryIds: [a.id], currentStoryId: null } as never);
    expect(saved).toMatchObject({ openStoryIds: [a.id], currentStoryId: null, compareStoryId: null, editor: '' });
  });

  it('leaves out stories removed since it was saved', async () => {
    const a = await t.desk().openText('a', 'x');
    const b = await t.desk().openText('b', 'y');
    await t.desk().saveSession({ openStoryIds: [a.id, b.id], currentStoryId: a.id, compareStoryId: b.id, editor: 'JD' });
    await t.desk().removeStory(a.id);
    expect(await t.desk().getSession()).toMatchObject({ openStoryIds: [b.id], currentStoryId: null, compareStoryId: b.id });
  });

  it('refuses a session that is not one', async () => {
    await expectApiError(t.desk().saveSession({ openStoryIds: 'a', currentStoryId: null, editor: '' } as never), 'bad-input', /openStoryIds must be a list/);
    await expectApiError(t.desk().saveSession({ openStoryIds: [], currentStoryId: 7, editor: '' } as never), 'bad-input', /currentStoryId must be text/);
    await expectApiError(t.desk().saveSession({ openStoryIds: [], currentStoryId: null, editor: ['JD'] } as never), 'bad-input', /editor must be text/);
    await expect(t.desk().getSession()).resolves.toBeNull();
  });
});

describe('listRecent', () => {
  it('lists files opened, most recent first, a file opened again moving to the top', async () => {
    const paths = ['one.txt', 'two.txt'].map((n) => join(t.dir(), n));
    for (const p of paths) writeFileSync(p, 'x');
    await t.desk().openPaths([paths[0]!]);
    await t.desk().openPaths([paths[1]!]);
    expect((await t.desk().listRecent()).map((r) => r.path)).toEqual([paths[1], paths[0]]);
    await t.desk().openPaths([paths[0]!]);
    expect((await t.desk().listRecent()).map((r) => r.path)).toEqual([paths[0], paths[1]]);
  });

  it('does not list pasted or dropped stories, which have no path', async () => {
    await t.desk().openText('pasted', 'x');
    await t.desk().openBytes('dropped.txt', Buffer.from('y').toString('base64'));
    expect(await t.desk().listRecent()).toEqual([]);
  });
});
