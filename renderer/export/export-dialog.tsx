import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { EXPORT_FORMATS, type CopydeskApi, type ExportFormat, type ExportResult } from '../../src/core/api/contract';
import { errorMessage } from '../api/api-error';

export interface ExportDialogProps {
  readonly api: CopydeskApi;
  readonly storyId: string;
  readonly storyName: string;
  /** Whether the shell has a native folder dialog (the browser has none: type the path). */
  readonly canPick: boolean;
  /** Records pending typing and saves the text, so the export holds what the editor sees. */
  settle(): Promise<void>;
  onDone(result: ExportResult): void;
  onClose(): void;
}

const FORMAT_LABELS: Record<ExportFormat, string> = {
  text: 'Corrected text (.corrected.txt)',
  'log-csv': 'Correction log, CSV',
  'log-json': 'Correction log, JSON',
  diff: 'Unified diff of MT against corrected',
  'report-html': 'HTML review report with MQM chart',
};

/** Choose what to export and where; every file is written atomically by the back end. */
export function ExportDialog(props: ExportDialogProps) {
  const { api } = props;
  const [formats, setFormats] = useState<ReadonlySet<ExportFormat>>(new Set(EXPORT_FORMATS));
  const [dir, setDir] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const before = document.activeElement;
    first.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  function toggle(format: ExportFormat) {
    setFormats((s) => {
      const next = new Set(s);
      if (next.has(format)) next.delete(format);
      else next.add(format);
      return next;
    });
  }

  async function pickFolder() {
    try {
      const picked = await api.pickPaths('folder');
      if (picked !== null && picked[0] !== undefined) setDir(picked[0]);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || formats.size === 0) return;
    setBusy(true);
    setError(null);
    try {
      await props.settle();
      const chosen = EXPORT_FORMATS.filter((f) => formats.has(f));
      const result = await api.exportStory(props.storyId, dir.trim() === '' ? { formats: chosen } : { dir: dir.trim(), formats: chosen });
      props.onDone(result);
    } catch (err) {
      // The dialog stays open with what was chosen, so the editor can pick another folder and try again.
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onClose();
    }
  }

  return (
    <div className="overlay-backdrop">
      <form className="overlay export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
        <h2 id="export-title">Export {props.storyName}</h2>
        <fieldset>
          <legend>Files</legend>
          {EXPORT_FORMATS.map((f, i) => (
            <label key={f} className="export-format">
              <input ref={i === 0 ? first : undefined} type="checkbox" name={f} checked={formats.has(f)} onChange={() => toggle(f)} /> {FORMAT_LABELS[f]}
            </label>
          ))}
        </fieldset>
        <label className="export-dir">
          Folder <input name="dir" value={dir} placeholder="the desk's exports folder" onChange={(e) => setDir(e.target.value)} />
        </label>
        {props.canPick && (
          <button type="button" onClick={() => void pickFolder()}>
            Choose folder…
          </button>
        )}
        {error !== null && (
          <p role="alert" className="dialog-error">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="submit" disabled={busy || formats.size === 0}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
