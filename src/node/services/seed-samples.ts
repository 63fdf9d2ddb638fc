import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CopydeskApi } from '../../core/api/contract';

export interface SeededSamples {
  readonly storyIds: readonly string[];
  /** The machine translation, shown for review. */
  readonly currentStoryId: string;
  /** The native report beside it in compare view, when there is one. */
  readonly compareStoryId: string | null;
}

/** "afp-baghdad-embassy-mt.txt": the sample that is machine translation. */
const MT_NAME = /(^|[-_. ])mt([-_. ]|$)/i;

/**
 * The bundled sample workspace on first start, so a new desk opens on
 * something to review: samples/*.txt opened, the MT current and the native
 * report beside it for comparison. Only when the desk has no stories and no
 * saved session: a desk whose editor closed every story stays empty.
 * Resolves null when nothing was seeded (not a first start, no samples).
 */
export async function seedSamples(desk: CopydeskApi, samplesDir: string): Promise<SeededSamples | null> {
  if ((await desk.listStories()).length > 0 || (await desk.getSession()) !== null) return null;
  let names: string[];
  try {
    names = (await readdir(samplesDir)).filter((n) => /\.txt$/i.test(n) && !n.startsWith('.')).sort();
  } catch {
    return null;
  }
  if (names.length === 0) return null;
  const opened = await desk.openPaths(names.map((n) => join(samplesDir, n)));
  if (opened.stories.length === 0) return null;
  const mt = opened.stories.find((s) => MT_NAME.test(s.name.replace(/\.txt$/i, ''))) ?? opened.stories[0]!;
  const native = opened.stories.find((s) => s.id !== mt.id) ?? null;
  const storyIds = native ? [mt.id, native.id] : [mt.id];
  await desk.saveSession({ openStoryIds: storyIds, currentStoryId: mt.id, compareStoryId: native?.id ?? null, editor: '' });
  return { storyIds, currentStoryId: mt.id, compareStoryId: native?.id ?? null };
}
