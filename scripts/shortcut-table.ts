// The README's table of keyboard shortcuts, made from the keymap so the two
// cannot drift: `npx tsx scripts/shortcut-table.ts` prints it, and
// tests/scripts/shortcut-table.test.ts fails when the README's copy is stale.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { KEYMAP } from '../src/core/commands/keymap';
import { displayKeys } from '../renderer/shortcuts/match-key';

/** One row per command, in keymap order, keys joined with "or". */
export function shortcutTable(): string {
  const rows = KEYMAP.map((s) => `| ${s.keys.map(displayKeys).join(' or ')} | ${s.label} |`);
  return ['| keys | action |', '| --- | --- |', ...rows].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(shortcutTable());
}
