import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedSamples } from '../../../src/node/services/seed-samples';
import { useDesk } from './desk-fixture';

// First start opens the bundled samples so a new desk has something to review; never again after that.
const t = useDesk();
const SAMPLES = resolve(import.meta.dirname, '..', '..', '..', 'samples');

describe('seedSamples', () => {
  it('opens both samples on an empty desk: the MT current, the native report to compare', async () => {
    const seeded = await seedSamples(t.desk(), SAMPLES);
    const stories = await t.desk().listStories();
    expect(stories.map((s) => s.name).sort()).toEqual(['afp-baghdad-embassy-mt.txt', 'native-baghdad-embassy.txt']);
    const byName = new Map(stories.map((s) => [s.name, s.id]));
    const mt = byName.get('afp-baghdad-embassy-mt.txt')!;
    const native = byName.get('native-baghdad-embassy.txt')!;
    expect(seeded).toEqual({ storyIds: [mt, native], currentStoryId: mt, compareStoryId: native });
    expect(await t.desk().getSession()).toMatchObject({ openStoryIds: [mt, native], currentStoryId: mt, compareStoryId: native, editor: '' });
  });

  it('picks the MT by its name whatever the order of the files', async () => {
    const dir = join(t.dir(), 'samples');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-native.txt'), 'Native.');
    writeFileSync(join(dir, 'z_mt.txt'), 'Machine.');
    const seeded = await seedSamples(t.desk(), dir);
    const current = await t.desk().getStory(seeded!.currentStoryId);
    expect(current.name).toBe('z_mt.txt');
    expect((await t.desk().getStory(seeded!.compareStoryId!)).name).toBe('a-native.txt');
  });

  it('does nothing on a desk that has stories', async () => {
    await t.desk().openText('mine', 'x');
    expect(await seedSamples(t.desk(), SAMPLES)).toBeNull();
    expect((await t.desk().listStories()).map((s) => s.name)).toEqual(['mine']);
    expect(await t.desk().getSession()).toBeNull();
  });

  it('does nothing on a desk whose editor closed every story (a saved session, no stories)', async () => {
    await t.desk().saveSession({ openStoryIds: [], currentStoryId: null, editor: 'JD' });
    expect(await seedSamples(t.desk(), SAMPLES)).toBeNull();
    expect(await t.desk().listStories()).toEqual([]);
  });

  it('does nothing twice: a restart after seeding keeps the desk as it is', async () => {
    await seedSamples(t.desk(), SAMPLES);
    expect(await seedSamples(t.reopen(), SAMPLES)).toBeNull();
    expect(await t.desk().listStories()).toHaveLength(2);
  });

  it('resolves null when there are no samples to open', async () => {
    expect(await seedSamples(t.desk(), join(t.dir(), 'missing'))).toBeNull();
    mkdirSync(join(t.dir(), 'empty'));
    expect(await seedSamples(t.desk(), join(t.dir(), 'empty'))).toBeNull();
    expect(await t.desk().getSession()).toBeNull();
  });
});
