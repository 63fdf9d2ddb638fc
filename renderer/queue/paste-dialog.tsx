import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

export interface PasteDialogProps {
  onOpen(name: string, text: string): void;
  onClose(): void;
}

/** Paste a story that is not in a file (from a wire client, an e-mail). */
export function PasteDialog({ onOpen, onClose }: PasteDialogProps) {
  const [name, setName] = useState('pasted story');
  const [text, setText] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    area.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim() === '') return;
    onOpen(name.trim() || 'pasted story', text);
  }
  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  }
  return (
    <div className="overlay-backdrop">
      <form className="overlay paste-dialog" role="dialog" aria-modal="true" aria-labelledby="paste-title" onSubmit={submit} onKeyDown={onKeyDown}>
        <h2 id="paste-title">Paste a story</h2>
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="paste-text">
          Text
          <textarea ref={area} value={text} rows={16} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="submit" disabled={text.trim() === ''}>
            Open
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
