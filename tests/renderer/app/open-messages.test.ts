import { describe, expect, it } from 'vitest';
import type { StorySummary } from '../../../src/core/corrections/story';
import { mergeOpenResults } from '../../../renderer/app/merge-open-results';
import { describeOpenResult } from '../../../renderer/app/open-messages';

const story = (id: string) => ({ id, name: `${id}.txt` }) as StorySummary;

describe('what an open tells the editor', () => {
  it('counts what opened', () => {
    expect(describeOpenResult({ stories: [story('a'), story('b')], failures: [], warnings: [] })).toEqual({ kind: 'info', text: 'Opened 2 stories.' });
  });

  it('names every refused file and its reason, and is an error then', () => {
    const m = describeOpenResult({ stories: [story('a')], failures: [{ path: '/w/x.txt', reason: 'binary file' }], warnings: [{ path: 'e.txt', reason: 'empty file.' }] });
    expect(m).toEqual({ kind: 'error', text: 'Opened 1 story. Could not open /w/x.txt: binary file. e.txt: empty file.' });
  });

  it('never says nothing: an empty folder is a warning', () => {
    expect(describeOpenResult({ stories: [], failures: [], warnings: [] })?.kind).toBe('warning');
  });

  it('merges per-file results in order', () => {
    const merged = mergeOpenResults([
      { stories: [story('a')], failures: [], warnings: [] },
      { stories: [], failures: [{ path: 'b', reason: 'r' }], warnings: [] },
      { stories: [story('c')], failures: [], warnings: [{ path: 'c', reason: 'w' }] },
    ]);
    expect(merged.stories.map((s) => s.id)).toEqual(['a', 'c']);
    expect(merged.failures).toHaveLength(1);
    expect(merged.warnings).toHaveLength(1);
  });
});
