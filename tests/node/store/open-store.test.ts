import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CorrectionInput } from '../../../src/core/corrections/correction';
import { StoreError } from '../../../src/node/store/store-error';
import { useTempFolder } from './temp-folder';

const temp = useTempFolder();

/** A clock that moves one second at each reading, so updatedAt visibly changes. */
function steppingClock(start = Date.parse('2025-03-07T10:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

const AT = '2025-03-07T10:00:00.000Z';
const fixedClock = () => new Date(AT);

const MT = 'Le président a dit à Pékin.\r\nIl a ajouté que les pourparlers continueraient.';

function acceptInput(storyId: string, fields: Partial<CorrectionInput> = {}): CorrectionInput {
  return {
    storyId,
    kind: 'accept',
    start: 21,
    end: 26,
    originalText: 'Pékin',
    newText: 'Beijing',
    rule: 'exonym',
    category: 'accuracy/untranslated',
    severity: 'major',
    suggestionIndex: 0,
    editor: 'JD',
    timeSpentMs: 1500,
    ...fields,
  };
}

function expectStoreError(fn: () => unknown, kind: StoreError['kind'], message?: RegExp): StoreError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(StoreError);
  const err = caught as StoreError;
  expect(err.kind).toBe(kind);
  if (message) expect(err.message).toMatch(message);
  return err;
}

describe('openStore', () => {
  it('creates the folders and a WAL database stamped as Copydesk', () => {
    const file = join(temp.folder(), 'a', 'b', 'desk.sqlite');
    temp.open(file);
    expect(existsSync(file)).toBe(true);
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.pragma('application_id', { simple: true })).toBe(0x4370446b);
    } finally {
      raw.close();
    }
  });

  it('refuses a folder in place of the file', () => {
    expectStoreError(() => temp.open(temp.folder()), 'cannot-open', /is a folder/);
  });
});

describe('stories', () => {
  it('adds a story with its MT as both source and current text', () => {
    const store = temp.open(undefined, { now: fixedClock });
    const story = store.addStory({ path: '/wire/fr/pekin.txt', name: 'pekin.txt', sourceText: MT, encoding: 'windows-1252' });
    expect(story).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      path: '/wire/fr/pekin.txt',
      name: 'pekin.txt',
      encoding: 'windows-1252',
      status: 'new',
      createdAt: AT,
      updatedAt: AT,
      reviewMs: 0,
      cursor: 0,
      sourceText: MT,
      currentText: MT,
    });
    expect(store.getStory(story.id)).toEqual(story);
    expect(store.getStory('no-such-id')).toBeUndefined();
  });

  it('keeps a story without a path', () => {
    const store = temp.open();
    expect(store.addStory({ name: 'pasted', sourceText: '', encoding: 'utf-8' }).path).toBeNull();
  });

  it('refuses a story without a name', () => {
    const store = temp.open();
    expectStoreError(() => store.addStory({ name: ' ', sourceText: MT, encoding: 'utf-8' }), 'invalid', /name/);
  });

  it('lists stories in the order added, without their texts', () => {
    const store = temp.open();
    const a = store.addStory({ name: 'a', sourceText: 'A', encoding: 'utf-8' });
    const b = store.addStory({ name: 'b', sourceText: 'B', encoding: 'utf-8' });
    const list = store.listStories();
    expect(list.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(list[0]).not.toHaveProperty('sourceText');
    expect(list[0]).not.toHaveProperty('currentText');
    expect(list[1]).toMatchObject({ name: 'b', status: 'new' });
  });

  it('saves text, status, review time and cursor, and stamps updatedAt', () => {
    const store = temp.open(undefined, { now: steppingClock() });
    const { id, createdAt } = store.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    store.saveText(id, 'edited\r\ntext');
    store.setStatus(id, 'in-review');
    store.addReviewTime(id, 1200.4);
    store.addReviewTime(id, 800);
    store.setCursor(id, 7);
    const story = store.getStory(id)!;
    expect(story).toMatchObject({ sourceText: MT, currentText: 'edited\r\ntext', status: 'in-review', reviewMs: 2000, cursor: 7, createdAt });
    expect(Date.parse(story.updatedAt) - Date.parse(createdAt)).toBe(5000);
    store.setStatus(id, 'done');
    expect(store.getStory(id)!.status).toBe('done');
  });

  it('refuses bad values', () => {
    const store = temp.open();
    const { id } = store.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    expectStoreError(() => store.setStatus(id, 'published' as never), 'invalid', /status/);
    expectStoreError(() => store.addReviewTime(id, -1), 'invalid');
    expectStoreError(() => store.addReviewTime(id, Number.POSITIVE_INFINITY), 'invalid');
    expectStoreError(() => store.setCursor(id, -3), 'invalid');
    expectStoreError(() => store.setCursor(id, 1.5), 'invalid');
    expect(store.getStory(id)).toMatchObject({ status: 'new', reviewMs: 0, cursor: 0 });
  });

  it('says which story is missing', () => {
    const store = temp.open();
    expectStoreError(() => store.saveText('ghost', 'x'), 'not-found', /ghost/);
    expectStoreError(() => store.setStatus('ghost', 'done'), 'not-found');
    expectStoreError(() => store.addReviewTime('ghost', 5), 'not-found');
    expectStoreError(() => store.setCursor('ghost', 0), 'not-found');
    expectStoreError(() => store.removeStory('ghost'), 'not-found');
  });

  it('removes a story from the desk but keeps its corrections in the log', () => {
    const store = temp.open();
    const a = store.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    const b = store.addStory({ name: 'b', sourceText: MT, encoding: 'utf-8' });
    const c = store.recordCorrection(acceptInput(a.id));
    store.removeStory(a.id);
    expect(store.getStory(a.id)).toBeUndefined();
    expect(store.listStories().map((s) => s.id)).toEqual([b.id]);
    expect(store.listCorrections(a.id)).toEqual([c]);
    expectStoreError(() => store.saveText(a.id, 'x'), 'not-found');
    expectStoreError(() => store.recordCorrection(acceptInput(a.id)), 'not-found');
    expectStoreError(() => store.removeStory(a.id), 'not-found');
  });
});

describe('corrections', () => {
  it('records a correction and returns it as stored', () => {
    const store = temp.open(undefined, { now: fixedClock });
    const { id: storyId } = store.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    const c = store.recordCorrection(acceptInput(storyId, { startedAt: '2025-03-07T09:59:59.000Z', timeSpentMs: 1500.6 }));
    expect(c).toEqual({
      ...acceptInput(storyId),
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      createdAt: AT,
      startedAt: '2025-03-07T09:59:59.000Z',
      timeSpentMs: 1501,
      undone: false,
    });
    expect(store.listCorrections(storyId)).toEqual([c]);
  });

  it('keeps an id and time given by the caller', () => {
    const store = temp.open();
    const { id: storyId } = store.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    const c = store.recordCorrection(acceptInput(storyId, { id: 'c-1', createdAt: '2025-01-01T00:00:00.000Z' }));
    expect(c).toMatchObject({ id: 'c-1', createdAt: '2025-01-01T00:00:00.000Z' });
    expectStoreError(() => store.recordCorrection(acceptInput(storyId, { id: 'c-1' })), 'invalid', /already recorded/);
  });

  it('records hand edits without a rule and dismissals of both scopes', () => {
    const store = temp.open();
    const { id: storyId } = store.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    const edit = store.recordCorrection({
      storyId,
      kind: 'edit',
      start: 0,
      end: 12,
      originalText: 'Le président',
      newText: 'The president',
      category: 'accuracy/untranslated',
      severity: 'critical',
      editor: 'JD',
      timeSpentMs: 4000,
    });
    expect(edit).not.toHaveProperty('rule');
    expect(edit).not.toHaveProperty('suggestionIndex');
    const once = store.recordCorrection(acceptInput(storyId, { kind: 'dismiss', newText: 'Pékin', suggestionIndex: undefined, dismissScope: 'occurrence' }));
    const always = store.recordCorrection(acceptInput(storyId, { kind: 'dismiss', newText: 'Pékin', suggestionIndex: undefined, dismissScope: 'rule' }));
    expect(store.listCorrections(storyId).map((c) => [c.kind, c.dismissScope])).toEqual([
      ['edit', undefined],
      ['dismiss', 'occurrence'],
      ['dismiss', 'rule'],
    ]);
    expect(once.newText).toBe(once.originalText);
    expect(always.rule).toBe('exonym');
  });

  it('refuses an unsound record and says why', () => {
    const store = temp.open();
    const { id: storyId } = store.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    expectStoreError(() => store.recordCorrection(acceptInput(storyId, { end: 25 })), 'invalid', /originalText has 5/);
    expectStoreError(() => store.recordCorrection(acceptInput('ghost')), 'not-found', /ghost/);
    expect(store.listCorrections(storyId, { includeUndone: true })).toEqual([]);
  });

  it('saves the text with the correction in one transaction', () => {
    const store = temp.open();
    const { id: storyId } = store.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    const edited = MT.replace('Pékin', 'Beijing');
    store.recordCorrection(acceptInput(storyId, { id: 'c-1' }), { currentText: edited });
    expect(store.getStory(storyId)!.currentText).toBe(edited);
    // A refused correction leaves the text as it was.
    expectStoreError(() => store.recordCorrection(acceptInput(storyId, { id: 'c-1' }), { currentText: 'lost?' }), 'invalid');
    expect(store.getStory(storyId)!.currentText).toBe(edited);
  });

  it('undoes and redoes by flipping the flag, keeping the record and its place', () => {
    const store = temp.open();
    const { id: storyId } = store.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    const first = store.recordCorrection(acceptInput(storyId, { id: 'first' }), { currentText: MT.replace('Pékin', 'Beijing') });
    const second = store.recordCorrection(
      acceptInput(storyId, { id: 'second', kind: 'edit', start: 0, end: 2, originalText: 'Le', newText: 'The', rule: undefined, suggestionIndex: undefined }),
    );
    const undone = store.setUndone('second', true);
    expect(undone).toEqual({ ...second, undone: true });
    expect(store.listCorrections(storyId)).toEqual([first]);
    expect(store.listCorrections(storyId, { includeUndone: true }).map((c) => [c.id, c.undone])).toEqual([
      ['first', false],
      ['second', true],
    ]);
    store.setUndone('first', true, { currentText: MT });
    expect(store.getStory(storyId)!.currentText).toBe(MT);
    store.setUndone('first', false);
    expect(store.listCorrections(storyId, { includeUndone: true }).map((c) => [c.id, c.undone])).toEqual([
      ['first', false],
      ['second', true],
    ]);
    expectStoreError(() => store.setUndone('ghost', true), 'not-found', /ghost/);
  });

  it('keeps each story to its own log', () => {
    const store = temp.open();
    const a = store.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    const b = store.addStory({ name: 'b', sourceText: MT, encoding: 'utf-8' });
    store.recordCorrection(acceptInput(a.id));
    store.recordCorrection(acceptInput(b.id));
    store.recordCorrection(acceptInput(a.id));
    expect(store.listCorrections(a.id)).toHaveLength(2);
    expect(store.listCorrections(b.id)).toHaveLength(1);
  });
});

describe('session', () => {
  it('has none at first, then returns what was saved', () => {
    const store = temp.open(undefined, { now: fixedClock });
    expect(store.getSession()).toBeUndefined();
    const a = store.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    const b = store.addStory({ name: 'b', sourceText: MT, encoding: 'utf-8' });
    const saved = store.saveSession({ openStoryIds: [b.id, a.id], currentStoryId: a.id, compareStoryId: b.id, editor: 'JD' });
    expect(saved).toEqual({ openStoryIds: [b.id, a.id], currentStoryId: a.id, compareStoryId: b.id, editor: 'JD', savedAt: AT });
    expect(store.getSession()).toEqual(saved);
    store.saveSession({ openStoryIds: [a.id], currentStoryId: null, editor: 'MK' });
    expect(store.getSession()).toMatchObject({ openStoryIds: [a.id], currentStoryId: null, compareStoryId: null, editor: 'MK' });
  });

  it('leaves out stories removed since', () => {
    const store = temp.open();
    const a = store.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    const b = store.addStory({ name: 'b', sourceText: MT, encoding: 'utf-8' });
    store.saveSession({ openStoryIds: [a.id, b.id, 'never-existed'], currentStoryId: b.id, compareStoryId: a.id, editor: 'JD' });
    store.removeStory(b.id);
    expect(store.getSession()).toMatchObject({ openStoryIds: [a.id], currentStoryId: null, compareStoryId: a.id });
  });

  it('refuses a malformed session', () => {
    const store = temp.open();
    expectStoreError(() => store.saveSession({ openStoryIds: 'a' as never, currentStoryId: null, editor: 'JD' }), 'invalid');
    expectStoreError(() => store.saveSession({ openStoryIds: [], currentStoryId: 5 as never, editor: 'JD' }), 'invalid');
  });
});

describe('recent files', () => {
  it('lists the most recent first, once each, up to the limit', () => {
    const store = temp.open();
    expect(store.listRecent()).toEqual([]);
    store.addRecent('/wire/a.txt');
    store.addRecent('/wire/b.txt');
    store.addRecent('/wire/a.txt');
    store.addRecent('/wire/c.txt');
    expect(store.listRecent().map((r) => r.path)).toEqual(['/wire/c.txt', '/wire/a.txt', '/wire/b.txt']);
    expect(store.listRecent(2).map((r) => r.path)).toEqual(['/wire/c.txt', '/wire/a.txt']);
    expect(store.listRecent()[0]!.openedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('forgets beyond the 50 most recent', () => {
    const store = temp.open();
    for (let i = 0; i < 60; i++) store.addRecent(`/wire/${i}.txt`);
    const all = store.listRecent(100);
    expect(all).toHaveLength(50);
    expect(all[0]!.path).toBe('/wire/59.txt');
    expect(all[49]!.path).toBe('/wire/10.txt');
  });
});

describe('durability', () => {
  it('keeps everything across close and reopen', () => {
    const file = join(temp.folder(), 'desk.sqlite');
    const first = temp.open(file);
    const story = first.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    const c = first.recordCorrection(acceptInput(story.id), { currentText: MT.replace('Pékin', 'Beijing') });
    first.saveSession({ openStoryIds: [story.id], currentStoryId: story.id, editor: 'JD' });
    first.addRecent('/wire/a.txt');
    first.close();
    const second = temp.open(file);
    expect(second.getStory(story.id)!.currentText).toBe(MT.replace('Pékin', 'Beijing'));
    expect(second.listCorrections(story.id)).toEqual([c]);
    expect(second.getSession()!.currentStoryId).toBe(story.id);
    expect(second.listRecent().map((r) => r.path)).toEqual(['/wire/a.txt']);
  });

  it('shows committed rows to a second connection while the first is still open', () => {
    const file = join(temp.folder(), 'desk.sqlite');
    const writer = temp.open(file);
    const story = writer.addStory({ name: 'a', sourceText: MT, encoding: 'utf-8' });
    const c = writer.recordCorrection(acceptInput(story.id));
    // The writer is never closed: nothing is checkpointed into the main file.
    expect(existsSync(`${file}-wal`)).toBe(true);
    const reader = temp.open(file);
    expect(reader.getStory(story.id)).toEqual(story);
    expect(reader.listCorrections(story.id)).toEqual([c]);
  });

  it('keeps what a process wrote before it was killed', () => {
    const file = join(temp.folder(), 'desk.sqlite');
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash-writer.ts'), file], {
      cwd: process.cwd(),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    const { storyId, correctionId } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { storyId: string; correctionId: string };
    expect(existsSync(`${file}-wal`), 'the killed process left its WAL behind').toBe(true);
    const store = temp.open(file);
    expect(store.getStory(storyId)!.currentText).toBe('Le président a dit à Beijing.');
    expect(store.listCorrections(storyId).map((c) => c.id)).toEqual([correctionId]);
  }, 40_000);

  it('round-trips a 20 MB story', () => {
    const file = join(temp.folder(), 'desk.sqlite');
    const line = 'Le président a dit à Pékin — 😀 « les pourparlers » continueront.\r\n';
    const big = line.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(line)));
    expect(Buffer.byteLength(big)).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    const edited = `${big}One more line.`;
    const first = temp.open(file);
    const { id } = first.addStory({ name: 'big', sourceText: big, encoding: 'utf-8' });
    first.saveText(id, edited);
    first.close();
    const story = temp.open(file).getStory(id)!;
    expect(story.sourceText.length).toBe(big.length);
    expect(story.sourceText === big).toBe(true);
    expect(story.currentText === edited).toBe(true);
  }, 60_000);
});

describe('close', () => {
  it('can be called twice, and the store is unusable after', () => {
    const store = temp.open();
    store.close();
    store.close();
    expect(() => store.listStories()).toThrow();
  });
});
