import { useEffect, useRef, type KeyboardEvent } from 'react';
import { KEYMAP, SHORTCUT_GROUPS } from '../../src/core/commands/keymap';
import { displayKeys } from './match-key';

export interface ShortcutOverlayProps {
  onClose(): void;
}

/**
 * Every shortcut, read from the same table the key handler uses. Focus moves
 * into the dialog and goes back where it was on close, so it is never lost.
 */
export function ShortcutOverlay({ onClose }: ShortcutOverlayProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    closeButton.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab') {
      // One focusable control: keep Tab inside the modal dialog.
      e.preventDefault();
      closeButton.current?.focus();
    }
  }

  return (
    <div className="overlay-backdrop">
      <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" onKeyDown={onKeyDown}>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        {SHORTCUT_GROUPS.map((group) => (
          <table key={group} className="shortcut-table" aria-label={group}>
            <caption>{group}</caption>
            <tbody>
              {KEYMAP.filter((s) => s.group === group).map((s) => (
                <tr key={s.command} data-command={s.command}>
                  <th scope="row">{s.label}</th>
                  <td>
                    {s.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && ' or '}
                        <kbd>{displayKeys(k)}</kbd>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        <p>In the issue list, ↑ and ↓ move, Enter accepts and Delete dismisses.</p>
        <button type="button" ref={closeButton} onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
