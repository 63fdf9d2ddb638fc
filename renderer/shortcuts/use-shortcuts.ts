import { useEffect, useRef } from 'react';
import type { CommandId } from '../../src/core/commands/keymap';
import { commandOf } from './match-key';

function isFormField(el: Element | null): boolean {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

/** Typing happens in the story editor and in form fields; bare-key shortcuts stay out of both. */
export function isTypingTarget(el: Element | null): boolean {
  if (el === null) return false;
  return isFormField(el) || el.closest('.cm-editor') !== null || (el instanceof HTMLElement && el.isContentEditable);
}

/**
 * One key handler for the whole window, in the capture phase so that app
 * commands win over the editor's own bindings for the same keys (Alt+↓
 * would otherwise move a line). The keyboard only picks a command; what it
 * does lives with the session.
 */
export function useShortcuts(run: (command: CommandId) => void): void {
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      const target = e.target instanceof Element ? e.target : null;
      const command = commandOf(e, isTypingTarget(target));
      if (command === null) return;
      // A search or paste field keeps its own undo.
      if ((command === 'undo' || command === 'redo') && isFormField(target)) return;
      e.preventDefault();
      e.stopPropagation();
      runRef.current(command);
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
