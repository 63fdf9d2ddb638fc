import { describe, expect, it } from 'vitest';
import { API_METHODS, type ApiMethod } from '../../../src/core/api/contract';
import type { Desk } from '../../../src/node/services/create-desk';
import { acceptPekin, expectApiError, STORY_TEXT, useDesk } from './desk-fixture';

// Arguments come from a renderer or the network: every wrong type must come back as
// bad-input with a message naming the argument, never as a crash or an internal error.
const t = useDesk();

type Call = readonly [method: ApiMethod, args: (id: string, correctionId: string) => unknown[], message: RegExp];

const CALLS: readonly Call[] = [
  ['getStory', () => [42], /Story id must be text \(got 42\)/],
  ['getStory', () => [], /Story id must be text \(got undefined\)/],
  ['getStory', () => ['x'.repeat(500)], /Story id is too long/],
  ['openPaths', () => ['/tmp/a.txt'], /paths must be a list \(got "\/tmp\/a.txt"\)/],
  ['openPaths', () => [[1]], /paths\[0\] must be text \(got 1\)/],
  ['openPaths', () => [Array.from({ length: 1001 }, () => '/a.txt')], /1001 items; at most 1000/],
  ['openBytes', () => [null, 'QQ=='], /File name must be text \(got null\)/],
  ['openBytes', () => ['a.txt', { bytes: 1 }], /File contents must be text \(got an object\)/],
  ['openText', () => [['a'], 'x'], /Story name must be text \(got a list\)/],
  ['openText', () => ['a', 5], /Text must be text \(got 5\)/],
  ['pickPaths', () => ['everything'], /kind must be one of files, folder \(got "everything"\)/],
  ['saveText', (id) => [id, null, 0], /Text must be text \(got null\)/],
  ['saveText', (id) => [id, 'abc', -1], /Cursor must be a whole number from 0 to 3 \(got -1\)/],
  ['saveText', (id) => [id, 'abc', 1.5], /Cursor must be a whole number/],
  ['saveText', (id) => [id, 'abc', '1'], /Cursor must be a whole number .*\(got "1"\)/],
  ['setStatus', (id) => [id, 'published'], /Status must be one of new, in-review, done \(got "published"\)/],
  ['setStatus', (id) => [id, true], /Status must be one of/],
  ['addReviewTime', (id) => [id, -5], /Review time \(ms\) must be a number of 0 or more \(got -5\)/],
  ['addReviewTime', (id) => [id, Number.NaN], /Review time \(ms\) must be a number/],
  ['addReviewTime', (id) => [id, '100'], /Review time \(ms\) must be a number/],
  ['addReviewTime', (id) => [id, Number.POSITIVE_INFINITY], /Review time \(ms\) must be a number/],
  ['removeStory', () => [{}], /Story id must be text \(got an object\)/],
  ['recordCorrection', () => ['accept', 'x'], /Correction must be an object \(got "accept"\)/],
  ['recordCorrection', () => [[], 'x'], /Correction must be an object \(got a list\)/],
  ['recordCorrection', () => [{}, 'x'], /Story id must be text \(got undefined\)/],
  ['recordCorrection', (id) => [acceptPekin({ id }), 7], /Text after the correction must be text/],
  ['recordCorrection', (id) => [{ ...acceptPekin({ id }), id: 5 }, 'x'], /Correction id must be text/],
  ['recordCorrection', (id) => [{ ...acceptPekin({ id }), undone: 'no' }, 'x'], /undone must be true or false/],
  ['recordCorrection', (id) => [{ ...acceptPekin({ id }), createdAt: 1 }, 'x'], /createdAt must be text/],
  ['recordCorrection', (id) => [{ ...acceptPekin({ id }), start: '21' }, 'x'], /start and end must be non-negative integers/],
  ['recordCorrection', (id) => [{ ...acceptPekin({ id }), timeSpentMs: 'slow' }, 'x'], /timeSpentMs must be a finite number/],
  ['recordCorrection', (id) => [{ ...acceptPekin({ id }), editor: 3 }, 'x'], /editor is empty/],
  ['recordCorrection', (id) => [{ ...acceptPekin({ id }), category: { a: 1 } }, 'x'], /unknown MQM category/],
  ['setCorrectionUndone', () => [1, true, ''], /Correction id must be text \(got 1\)/],
  ['setCorrectionUndone', (_id, cid) => [cid, 'yes', ''], /undone must be true or false \(got "yes"\)/],
  ['setCorrectionUndone', (_id, cid) => [cid, true, undefined], /Text after the undo must be text/],
  ['listCorrections', () => [null], /Story id must be text \(got null\)/],
  ['saveSession', () => ['session'], /Session must be an object/],
  ['saveSession', () => [null], /Session must be an object \(got null\)/],
  ['saveSession', () => [{ openStoryIds: [3], currentStoryId: null, editor: '' }], /openStoryIds\[0\] must be text/],
  ['saveSession', () => [{ openStoryIds: [], compareStoryId: {}, currentStoryId: null, editor: '' }], /compareStoryId must be text/],
  ['exportStory', () => [7, {}], /Story id must be text/],
  ['exportStory', (id) => [id, { formats: [null] }], /formats\[0\] must be one of/],
];

async function call(desk: Desk, method: ApiMethod, args: unknown[]): Promise<unknown> {
  return (desk[method] as (...a: unknown[]) => Promise<unknown>)(...args);
}

describe('argument checks', () => {
  it.each(CALLS.map((c) => [c[0], c[2].source, c] as const))('%s refuses %s', async (_m, _s, [method, args, message]) => {
    const story = await t.desk().openText('a', STORY_TEXT);
    const correction = await t.desk().recordCorrection(acceptPekin(story), 'Le président a dit à Beijing.');
    await expectApiError(call(t.desk(), method, args(story.id, correction.id)), 'bad-input', message);
    // Nothing was changed by a refused call.
    expect((await t.desk().getStory(story.id)).currentText).toBe('Le président a dit à Beijing.');
    expect(await t.desk().listCorrections(story.id)).toEqual([correction]);
  });

  it('covers every method that takes arguments', () => {
    const covered = new Set(CALLS.map((c) => c[0]));
    const noArgs: ApiMethod[] = ['getAppInfo', 'listStories', 'getSession', 'listRecent'];
    expect(API_METHODS.filter((m) => !covered.has(m) && !noArgs.includes(m))).toEqual([]);
  });

  it('ignores extra arguments to methods that take none', async () => {
    await expect(call(t.desk(), 'listStories', [{ evil: true }])).resolves.toEqual([]);
  });
});
