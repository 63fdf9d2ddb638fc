import { describe, expect, it } from 'vitest';
import { textDiff } from '../../../renderer/compare/text-diff';

const join = (parts: ReturnType<typeof textDiff>, keep: 'added' | 'removed') => parts.filter((p) => p.kind !== keep).map((p) => p.text).join('');

describe('textDiff', () => {
  it('marks the changed words and gives each text back exactly', () => {
    const before = 'Rockets fell near the Tigre River on friday.';
    const after = 'Rockets fell near the Tigris River on Friday.';
    const parts = textDiff(before, after);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['Tigre', 'friday']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['Tigris', 'Friday']);
    expect(join(parts, 'added')).toBe(before);
    expect(join(parts, 'removed')).toBe(after);
  });

  it('has nothing changed for equal texts and nothing at all for empty ones', () => {
    expect(textDiff('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
    expect(textDiff('', '')).toEqual([]);
  });
});
