/**
 * Every keyboard command of the app, once. The key handler, the `?` overlay
 * and the toolbar menus all read this table, so a shortcut cannot exist
 * without being listed, nor be listed without working.
 *
 * Keys avoid what typing in the editor needs: commands carry Alt or Ctrl, and
 * bare keys (`?`) act only outside the text. Ctrl+Enter to confirm follows
 * MateCat; F8 / Shift+F8 for the next / previous problem follow code editors.
 */
export type CommandId =
  | 'next-issue'
  | 'prev-issue'
  | 'accept'
  | 'cycle-suggestion'
  | 'dismiss-occurrence'
  | 'dismiss-rule'
  | 'edit-inline'
  | 'undo'
  | 'redo'
  | 'severity-minor'
  | 'severity-major'
  | 'severity-critical'
  | 'choose-category'
  | 'mark-done'
  | 'search'
  | 'focus-issues'
  | 'focus-editor'
  | 'toggle-compare'
  | 'next-discrepancy'
  | 'prev-discrepancy'
  | 'adopt-other'
  | 'open-files'
  | 'open-folder'
  | 'paste-story'
  | 'export'
  | 'overlay';

export type ShortcutGroup = 'Issues' | 'Compare' | 'Edit' | 'Story' | 'View';

export interface Shortcut {
  readonly command: CommandId;
  /** Key combinations, e.g. "Alt+ArrowDown"; the first is the one shown first. */
  readonly keys: readonly string[];
  readonly label: string;
  readonly group: ShortcutGroup;
  /** "anywhere" includes the editor; "outside-text" leaves the key to typing there. */
  readonly scope: 'anywhere' | 'outside-text';
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['Issues', 'Compare', 'Edit', 'Story', 'View'];

export const KEYMAP: readonly Shortcut[] = [
  { command: 'next-issue', keys: ['Alt+ArrowDown', 'F8'], label: 'Next issue', group: 'Issues', scope: 'anywhere' },
  { command: 'prev-issue', keys: ['Alt+ArrowUp', 'Shift+F8'], label: 'Previous issue', group: 'Issues', scope: 'anywhere' },
  { command: 'accept', keys: ['Alt+Enter'], label: 'Accept the suggestion', group: 'Issues', scope: 'anywhere' },
  { command: 'cycle-suggestion', keys: ['Alt+ArrowRight'], label: 'Choose another suggestion', group: 'Issues', scope: 'anywhere' },
  { command: 'dismiss-occurrence', keys: ['Alt+Backspace'], label: 'Dismiss this occurrence', group: 'Issues', scope: 'anywhere' },
  { command: 'dismiss-rule', keys: ['Alt+Shift+Backspace'], label: 'Dismiss this rule in this story', group: 'Issues', scope: 'anywhere' },
  { command: 'severity-minor', keys: ['Alt+1'], label: 'Severity: minor', group: 'Issues', scope: 'anywhere' },
  { command: 'severity-major', keys: ['Alt+2'], label: 'Severity: major', group: 'Issues', scope: 'anywhere' },
  { command: 'severity-critical', keys: ['Alt+3'], label: 'Severity: critical', group: 'Issues', scope: 'anywhere' },
  { command: 'choose-category', keys: ['Alt+4'], label: 'Choose the MQM category', group: 'Issues', scope: 'anywhere' },
  // Issue 4: discrepancies against the other story. Alt+PageDown / PageUp step a level
  // coarser than Alt+↓ / ↑ (issues); Alt+Shift+Enter is accept's key with Shift for "the other's".
  { command: 'next-discrepancy', keys: ['Alt+PageDown', 'Alt+Shift+ArrowDown'], label: 'Next discrepancy with the other story', group: 'Compare', scope: 'anywhere' },
  { command: 'prev-discrepancy', keys: ['Alt+PageUp', 'Alt+Shift+ArrowUp'], label: 'Previous discrepancy with the other story', group: 'Compare', scope: 'anywhere' },
  { command: 'adopt-other', keys: ['Alt+Shift+Enter'], label: 'Adopt the other story’s spelling or figure', group: 'Compare', scope: 'anywhere' },
  { command: 'edit-inline', keys: ['Alt+E'], label: 'Edit the passage in the text', group: 'Edit', scope: 'anywhere' },
  { command: 'undo', keys: ['Ctrl+Z'], label: 'Undo', group: 'Edit', scope: 'anywhere' },
  { command: 'redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], label: 'Redo', group: 'Edit', scope: 'anywhere' },
  { command: 'search', keys: ['Ctrl+F'], label: 'Search the story', group: 'Edit', scope: 'anywhere' },
  { command: 'mark-done', keys: ['Ctrl+Enter'], label: 'Mark the story done and open the next', group: 'Story', scope: 'anywhere' },
  { command: 'open-files', keys: ['Ctrl+O'], label: 'Open files', group: 'Story', scope: 'anywhere' },
  { command: 'open-folder', keys: ['Ctrl+Shift+O'], label: 'Open a folder as a queue', group: 'Story', scope: 'anywhere' },
  { command: 'paste-story', keys: ['Ctrl+Shift+N'], label: 'New story from pasted text', group: 'Story', scope: 'anywhere' },
  { command: 'export', keys: ['Ctrl+E'], label: 'Export the story', group: 'Story', scope: 'anywhere' },
  { command: 'focus-issues', keys: ['Alt+I'], label: 'Go to the issue list', group: 'View', scope: 'anywhere' },
  { command: 'focus-editor', keys: ['Alt+T'], label: 'Go to the text', group: 'View', scope: 'anywhere' },
  { command: 'toggle-compare', keys: ['Alt+D'], label: 'Switch the side pane: diff or another story', group: 'View', scope: 'anywhere' },
  { command: 'overlay', keys: ['?'], label: 'Show the keyboard shortcuts', group: 'View', scope: 'outside-text' },
];

export function shortcutFor(command: CommandId): Shortcut {
  const s = KEYMAP.find((k) => k.command === command);
  if (s === undefined) throw new Error(`no shortcut for ${command}`);
  return s;
}
