import type { Correction, CorrectionInput } from '../corrections/correction';
import type { SavedSession, SessionState } from '../corrections/saved-session';
import type { Story, StoryStatus, StorySummary } from '../corrections/story';

/**
 * The one typed contract between the UI and the back end. The renderer calls
 * these methods and nothing else; Electron's preload exposes exactly them over
 * IPC, and the loopback web server exposes exactly them over HTTP
 * (POST /api/<method>, body {"args": [...]}). Every method is async and
 * resolves only once what it changed is on disk: the UI shows a correction as
 * done when the promise resolves, never before.
 */
export interface CopydeskApi {
  /** Version, where data lives, and which shell is talking. */
  getAppInfo(): Promise<AppInfo>;

  /** Every story on the desk, without texts. */
  listStories(): Promise<StorySummary[]>;
  getStory(id: string): Promise<Story>;
  /** Open files, or folders (their *.txt) as a queue. Unreadable files come back as failures, the rest open. */
  openPaths(paths: string[]): Promise<OpenResult>;
  /** Open bytes the UI holds (drag and drop, a browser file picker), decoded as a file would be. */
  openBytes(name: string, base64: string): Promise<OpenResult>;
  /** Open pasted text. */
  openText(name: string, text: string): Promise<Story>;
  /** Ask the shell for paths with a native dialog; null where there is none (the browser). */
  pickPaths(kind: 'files' | 'folder'): Promise<string[] | null>;
  /** Keep the text as the editor left it (not yet exported), and the caret, for resume. */
  saveText(id: string, text: string, cursor: number): Promise<void>;
  setStatus(id: string, status: StoryStatus): Promise<StorySummary>;
  addReviewTime(id: string, ms: number): Promise<void>;
  /** Take a story off the desk (its corrections stay in the log). */
  removeStory(id: string): Promise<void>;

  /** Record one correction; `currentText` is the story text after it, saved in the same transaction. */
  recordCorrection(input: CorrectionInput, currentText: string): Promise<Correction>;
  /** Undo (true) or redo (false) a recorded correction; the record stays, flagged. */
  setCorrectionUndone(id: string, undone: boolean, currentText: string): Promise<Correction>;
  listCorrections(storyId: string): Promise<Correction[]>;

  getSession(): Promise<SavedSession | null>;
  saveSession(state: SessionState): Promise<SavedSession>;
  listRecent(): Promise<RecentFile[]>;

  /** Write the corrected text, the correction log (CSV, JSON), a unified diff and an HTML report, atomically. */
  exportStory(id: string, options: ExportOptions): Promise<ExportResult>;
}

export interface AppInfo {
  readonly version: string;
  readonly shell: 'electron' | 'web';
  /** Folder holding the database and default exports. */
  readonly dataDir: string;
}

export interface OpenFailure {
  /** File path or the name given to openBytes. */
  readonly path: string;
  /** Why it could not be opened, for the editor ("binary file", "file not found"). */
  readonly reason: string;
}

export interface OpenResult {
  readonly stories: StorySummary[];
  readonly failures: OpenFailure[];
  /** Opened, but worth knowing ("empty file", "read as Windows-1252"). */
  readonly warnings: OpenFailure[];
}

export interface RecentFile {
  readonly path: string;
  /** ISO 8601 time it was last opened. */
  readonly openedAt: string;
}

export type ExportFormat = 'text' | 'log-csv' | 'log-json' | 'diff' | 'report-html';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['text', 'log-csv', 'log-json', 'diff', 'report-html'];

export interface ExportOptions {
  /** Folder to write into; the default is an exports folder in the data folder. */
  readonly dir?: string;
  /** Which files; all when left out. */
  readonly formats?: readonly ExportFormat[];
}

export interface ExportResult {
  readonly dir: string;
  readonly files: readonly string[];
}

/** Errors cross the boundary as data: a code the UI can branch on and a message for the editor. */
export interface ApiErrorData {
  readonly code: 'not-found' | 'bad-input' | 'io' | 'unsupported' | 'internal';
  readonly message: string;
}

export type ApiMethod = keyof CopydeskApi;

/** One call's answer as data, as both transports carry it: a result, or an error with its code. */
export type ApiOutcome = { readonly result: unknown } | { readonly error: ApiErrorData };

/**
 * What Electron's preload exposes as `window.copydesk`: the contract's
 * methods answering with outcomes instead of throwing. An error thrown
 * through contextBridge keeps only its message (electron/electron#25596), so
 * the code the UI branches on travels as data, and the renderer turns it
 * back into a thrown error (renderer/api/bridge-api.ts), as the HTTP client
 * does with the server's {"error"} bodies.
 */
export type CopydeskBridge = { readonly [M in ApiMethod]: (...args: Parameters<CopydeskApi[M]>) => Promise<ApiOutcome> };

/** Every method name, once: transports build their tables from this list, so none can be missed. */
export const API_METHODS = [
  'getAppInfo',
  'listStories',
  'getStory',
  'openPaths',
  'openBytes',
  'openText',
  'pickPaths',
  'saveText',
  'setStatus',
  'addReviewTime',
  'removeStory',
  'recordCorrection',
  'setCorrectionUndone',
  'listCorrections',
  'getSession',
  'saveSession',
  'listRecent',
  'exportStory',
] as const satisfies readonly ApiMethod[];

// Compile-time check that API_METHODS names every method of the contract.
type Missing = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const _allListed: Missing extends never ? true : Missing = true;
void _allListed;

/** IPC channel of a method: one prefix, so the main process can refuse anything else. */
export const IPC_PREFIX = 'copydesk:';
export function ipcChannel(method: ApiMethod): string {
  return `${IPC_PREFIX}${method}`;
}

/**
 * What the desktop shell adds beside the contract: its menus run the same
 * keyboard commands as the keys (src/core/commands/keymap.ts), so the menu
 * and the shortcut can never do two different things. The preload exposes
 * this as `window.copydeskShell`; the browser has no such menus.
 */
export interface ShellBridge {
  /** Calls `listener` for each menu command; returns the unsubscribe function. */
  onMenuCommand(listener: (command: string) => void): () => void;
}

/** The one channel main uses to send a menu command to the window. */
export const MENU_COMMAND_CHANNEL = `${IPC_PREFIX}menu-command`;
