import { shortcutFor, type CommandId } from '../../src/core/commands/keymap';
import { ariaKeys, displayKeys } from '../shortcuts/match-key';

export interface AppToolbarProps {
  readonly editor: string;
  readonly canExport: boolean;
  readonly dataDir: string | null;
  onEditor(name: string): void;
  onOpenFiles(): void;
  onOpenFolder(): void;
  onPaste(): void;
  onExport(): void;
  onShortcuts(): void;
}

function keyHint(command: CommandId): { title: string; 'aria-keyshortcuts': string } {
  const s = shortcutFor(command);
  return { title: `${s.label} (${s.keys.map(displayKeys).join(', ')})`, 'aria-keyshortcuts': ariaKeys(s) };
}

/** The window's top bar: open, paste, export, shortcuts, and who is editing (recorded on every correction). */
export function AppToolbar(props: AppToolbarProps) {
  return (
    <header className="toolbar">
      <h1 className="app-name">Copydesk</h1>
      <div role="toolbar" aria-label="Desk" className="toolbar-buttons">
        <button type="button" onClick={props.onOpenFiles} {...keyHint('open-files')}>
          Open files…
        </button>
        <button type="button" onClick={props.onOpenFolder} {...keyHint('open-folder')}>
          Open folder…
        </button>
        <button type="button" onClick={props.onPaste} {...keyHint('paste-story')}>
          Paste story…
        </button>
        <button type="button" onClick={props.onExport} disabled={!props.canExport} {...keyHint('export')}>
          Export…
        </button>
        <button type="button" onClick={props.onShortcuts} {...keyHint('overlay')}>
          Shortcuts
        </button>
      </div>
      <label className="editor-name">
        Editor <input value={props.editor} placeholder="your name or initials" size={14} onChange={(e) => props.onEditor(e.target.value)} />
      </label>
      {props.dataDir !== null && (
        <span className="data-dir" title={`Database and default exports: ${props.dataDir}`}>
          data: {props.dataDir}
        </span>
      )}
    </header>
  );
}
