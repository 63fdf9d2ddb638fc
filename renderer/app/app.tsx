import { undo as editorUndo, redo as editorRedo } from '@codemirror/commands';
import { openSearchPanel } from '@codemirror/search';
import type { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import type { AppInfo, CopydeskApi, OpenResult } from '../../src/core/api/contract';
import type { CommandId } from '../../src/core/commands/keymap';
import { KEYMAP } from '../../src/core/commands/keymap';
import type { AnalysisRunner } from '../analysis/analysis-runner';
import { errorMessage } from '../api/api-error';
import { useEditorCounterparts } from '../compare/editor-link';
import { SidePane, type SideMode } from '../compare/side-pane';
import { useComparison } from '../compare/use-comparison';
import { ExportDialog } from '../export/export-dialog';
import { filesOfDrop } from '../queue/drop-files';
import { PasteDialog } from '../queue/paste-dialog';
import { QueuePanel } from '../queue/queue-panel';
import { readPickedFiles } from '../queue/read-files';
import { lineSeparatorOf, offsetMap } from '../review/doc-offsets';
import { ReviewView } from '../review/review-view';
import { StatusBar } from '../review/status-bar';
import { useReviewSession } from '../review/use-review-session';
import { ShortcutOverlay } from '../shortcuts/shortcut-overlay';
import { useShortcuts } from '../shortcuts/use-shortcuts';
import { AppToolbar } from './app-toolbar';
import { mergeOpenResults } from './merge-open-results';
import { useDesk } from './use-desk';

export interface AppProps {
  readonly api: CopydeskApi;
  readonly runner: AnalysisRunner;
  /** Electron's menus, when there are any. */
  readonly onMenuCommand?: (listener: (command: string) => void) => () => void;
}

type Dialog = 'paste' | 'export' | null;

const COMMANDS = new Set<string>(KEYMAP.map((k) => k.command));

/**
 * The whole window: the queue, the story under review, the side pane and the
 * status bar. Keys, menus and buttons all end in `run(command)`, so each
 * command does the same thing whichever way the editor asks for it.
 */
export function App({ api, runner, onMenuCommand }: AppProps) {
  const desk = useDesk(api);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [sideMode, setSideMode] = useState<SideMode>('story');
  const view = useRef<EditorView | null>(null);
  // The same editor as state, for what follows it (the compared story's highlights and scrolling).
  const [editorView, setEditorView] = useState<EditorView | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    api.getAppInfo().then(setInfo, () => undefined);
  }, [api]);

  const cursor = useCallback(() => {
    const v = view.current;
    if (v === null) return 0;
    const sep = lineSeparatorOf(v.state.sliceDoc());
    return offsetMap(v.state.doc, sep).toText(v.state.selection.main.head);
  }, []);

  const session = useReviewSession(api, runner, desk.currentId, desk.editor, cursor);
  const { state } = session;
  const compare = useComparison(api, state.storyId, desk.compareId, state.text);
  useEditorCounterparts(editorView, compare);

  // The queue shows each story's status: re-read it when the session changes one.
  const { refresh } = desk;
  useEffect(() => {
    if (state.storyId !== null) void refresh();
  }, [state.status, state.storyId, refresh]);

  // With no second story on the desk to show beside, show the diff instead of an empty pane.
  useEffect(() => {
    if (desk.ready && desk.compareId === null && desk.stories.length < 2) setSideMode('diff');
  }, [desk.ready, desk.compareId, desk.stories.length]);

  const switchTo = useCallback(
    async (id: string) => {
      if (id === desk.currentId) return;
      await session.settle().catch(() => undefined);
      desk.select(id);
    },
    [desk, session],
  );

  const openBrowserFiles = useCallback(
    async (files: readonly File[], fromFolder: boolean) => {
      await desk.open(async () => {
        const picked = await readPickedFiles(files, fromFolder);
        if (picked.length === 0) return { stories: [], failures: [], warnings: [] };
        const results: OpenResult[] = [];
        for (const f of picked) results.push(await api.openBytes(f.name, f.base64));
        return mergeOpenResults(results);
      });
    },
    [api, desk],
  );

  const openWith = useCallback(
    async (kind: 'files' | 'folder') => {
      let paths: string[] | null;
      try {
        paths = await api.pickPaths(kind);
      } catch (e) {
        desk.say({ kind: 'error', text: errorMessage(e) });
        return;
      }
      // No native dialog (the browser): the page's own file picker.
      if (paths === null) {
        (kind === 'files' ? fileInput : folderInput).current?.click();
        return;
      }
      if (paths.length > 0) await desk.open(() => api.openPaths(paths));
    },
    [api, desk],
  );

  const markDoneAndNext = useCallback(async () => {
    const id = state.storyId;
    if (id === null) return;
    if (!(await session.markDone())) return;
    await desk.refresh();
    const next = desk.nextOpenAfter(id);
    if (next !== null) desk.select(next);
    else desk.say({ kind: 'info', text: 'Every story in the queue is done.' });
  }, [desk, session, state.storyId]);

  const run = useCallback(
    (command: CommandId) => {
      // A dialog keeps the keys to itself; the overlay lets only its own key through (to close it).
      if (dialog !== null) return;
      if (state.overlayOpen && command !== 'overlay') return;
      const focusEditor = () => view.current?.focus();
      switch (command) {
        case 'next-issue':
          return session.next();
        case 'prev-issue':
          return session.prev();
        case 'accept':
          return void session.accept();
        case 'cycle-suggestion':
          return session.cycleSuggestion();
        case 'dismiss-occurrence':
          return void session.dismiss('occurrence');
        case 'dismiss-rule':
          return void session.dismiss('rule');
        case 'edit-inline':
          // Selects the passage (navigating to the current issue reveals it) and puts the caret in the text.
          session.goTo(state.current);
          return focusEditor();
        case 'undo':
          if (!session.undo() && view.current !== null) editorUndo(view.current);
          return;
        case 'redo':
          if (!session.redo() && view.current !== null) editorRedo(view.current);
          return;
        case 'severity-minor':
          return session.setSeverity('minor');
        case 'severity-major':
          return session.setSeverity('major');
        case 'severity-critical':
          return session.setSeverity('critical');
        case 'choose-category':
          return document.getElementById('mqm-category')?.focus();
        case 'mark-done':
          return void markDoneAndNext();
        case 'search':
          if (view.current !== null) openSearchPanel(view.current);
          return;
        case 'focus-issues':
          return (document.querySelector('.issue-list') as HTMLElement | null)?.focus();
        case 'focus-editor':
          return focusEditor();
        case 'toggle-compare':
          return setSideMode((m) => (m === 'diff' ? 'story' : 'diff'));
        case 'next-discrepancy':
        case 'prev-discrepancy':
          setSideMode('story');
          return command === 'next-discrepancy' ? compare.next() : compare.prev();
        case 'adopt-other': {
          const adoption = compare.adoption();
          if (adoption !== null) void session.adopt(adoption);
          return;
        }
        case 'open-files':
          return void openWith('files');
        case 'open-folder':
          return void openWith('folder');
        case 'paste-story':
          return setDialog('paste');
        case 'export':
          if (state.storyId !== null) setDialog('export');
          return;
        case 'overlay':
          return session.toggleOverlay();
      }
    },
    [compare, dialog, markDoneAndNext, openWith, session, state.current, state.overlayOpen, state.storyId],
  );

  useShortcuts(run);

  // Electron's menu items run the same commands.
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (onMenuCommand === undefined) return;
    return onMenuCommand((command) => {
      if (COMMANDS.has(command)) runRef.current(command as CommandId);
    });
  }, [onMenuCommand]);

  function onDrop(e: DragEvent) {
    e.preventDefault();
    void filesOfDrop(e.dataTransfer).then(({ files, fromFolder }) => openBrowserFiles(files, fromFolder));
  }

  const current = desk.stories.find((s) => s.id === desk.currentId) ?? null;
  return (
    <div className="app" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <AppToolbar
        editor={desk.editor}
        onEditor={desk.setEditor}
        onOpenFiles={() => void openWith('files')}
        onOpenFolder={() => run('open-folder')}
        onPaste={() => run('paste-story')}
        onExport={() => setDialog('export')}
        canExport={state.storyId !== null}
        onShortcuts={session.toggleOverlay}
        dataDir={info?.dataDir ?? null}
      />
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        accept=".txt,text/plain"
        data-testid="file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void openBrowserFiles(files, false);
        }}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        data-testid="folder-input"
        {...{ webkitdirectory: '' }}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void openBrowserFiles(files, true);
        }}
      />
      {desk.message !== null && (
        <div className={`desk-message desk-message-${desk.message.kind}`} role={desk.message.kind === 'error' ? 'alert' : 'status'} data-testid="desk-message">
          <span>{desk.message.text}</span>
          <button type="button" aria-label="Dismiss message" onClick={() => desk.say(null)}>
            ×
          </button>
        </div>
      )}
      <div className="app-body">
        <QueuePanel
          stories={desk.stories}
          currentId={desk.currentId}
          compareId={desk.compareId}
          recent={desk.recent}
          onSelect={(id) => void switchTo(id)}
          onCompare={(id) => {
            desk.setCompare(id);
            if (id !== null) setSideMode('story');
          }}
          onRemove={(id) => void desk.remove(id)}
          onOpenRecent={(path) => void desk.open(() => api.openPaths([path]))}
        />
        <main className="app-main">
          {!desk.ready ? (
            <div className="review-empty">Opening the desk…</div>
          ) : desk.currentId === null ? (
            <div className="review-empty">
              No story open. Open files or a folder (Ctrl+O), drop them here, or paste a story.
            </div>
          ) : (
            <ReviewView
              session={session}
              onCommand={run}
              onView={(v) => {
                view.current = v;
                setEditorView(v);
              }}
            />
          )}
        </main>
        {desk.currentId !== null && (
          <SidePane
            mode={sideMode}
            sourceText={state.sourceText}
            text={state.text}
            stories={desk.stories}
            currentId={desk.currentId}
            compareId={desk.compareId}
            compare={compare}
            view={editorView}
            onMode={setSideMode}
            onCompare={desk.setCompare}
            onGoToDiscrepancy={compare.goTo}
            onAdopt={() => run('adopt-other')}
          />
        )}
      </div>
      {state.storyId !== null && current !== null && (
        <StatusBar
          key={state.storyId}
          sourceText={state.sourceText}
          text={state.text}
          corrections={state.corrections}
          reviewMs={current.reviewMs}
          issuesLeft={session.issues.length}
          status={state.status}
        />
      )}
      {state.overlayOpen && <ShortcutOverlay onClose={session.closeOverlay} />}
      {dialog === 'paste' && (
        <PasteDialog
          onClose={() => setDialog(null)}
          onOpen={(name, text) => {
            setDialog(null);
            void desk.open(async () => ({ stories: [await api.openText(name, text)], failures: [], warnings: [] }));
          }}
        />
      )}
      {dialog === 'export' && state.storyId !== null && (
        <ExportDialog
          api={api}
          storyId={state.storyId}
          storyName={current?.name ?? 'story'}
          canPick={info?.shell === 'electron'}
          settle={session.settle}
          onClose={() => setDialog(null)}
          onDone={(result) => {
            setDialog(null);
            desk.say({ kind: 'info', text: `Exported ${result.files.length} files to ${result.dir}.` });
          }}
        />
      )}
    </div>
  );
}
