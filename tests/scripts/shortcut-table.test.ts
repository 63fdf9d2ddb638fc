import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYMAP } from '../../src/core/commands/keymap';
import { shortcutTable } from '../../scripts/shortcut-table';

describe('the README shortcut table', () => {
  it('is the one made from the keymap (regenerate: npx tsx scripts/shortcut-table.ts)', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(shortcutTable());
  });

  it('has a row per command', () => {
    expect(shortcutTable().split('\n')).toHaveLength(KEYMAP.length + 2);
  });
});
