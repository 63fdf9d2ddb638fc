import { Buffer } from 'node:buffer';
import { mkdir } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import {
  API_METHODS,
  EXPORT_FORMATS,
  type AppInfo,
  type CopydeskApi,
  type ExportFormat,
  type OpenFailure,
  type OpenResult,
} from '../../core/api/contract';
import type { SessionState } from '../../core/corrections/saved-session';
import { STORY_STATUSES, type Story, type StorySummary } from '../../core/corrections/story';
import { writeStoryExport } from '../export/write-story-export';
import { decodeBytes } from '../import/decode';
import { MAX_FILE_BYTES } from '../import/read-text-file';
import { openStore, type Store } from '../store/open-store';
import { ApiError, badInput, notFound, toApiError } from './api-error';
import {
  checkBoolean,
  checkId,
  checkInteger,
  checkNumber,
  checkObject,
  checkOneOf,
  checkString,
  checkStringList,
} from './check-args';
import { toCorrectionInput } from './correction-input';
import { readPaths } from './open-files';

/** The database in the data folder. */
export const DATABASE_FILE = 'copydesk.sqlite';
/** Where exports go when the editor does not choose a folder. */
export const DEFAULT_EXPORT_FOLDER = 'exports';

/** Paths the editor can open in one go (a dialog selection, a dropped folder). */
const MAX_PATHS = 1000;
/** A single review session is hours, not days; more than a day at once is a bug in the caller. */
const MAX_REVIEW_MS_AT_ONCE = 24 * 3600 * 1000;

export interface DeskOptions {
  /** Folder of the database and the default exports; created if need be. */
  readonly dataDir: string;
  readonly shell: AppInfo['shell'];
  readonly version: string;
  /** The shell's native file dialog; without it pickPaths resolves null (the browser has none). */
  readonly pickPaths?: (kind: 'files' | 'folder') => Promise<string[] | null>;
  /** better_sqlite3.node built for the running runtime (Electron); node_modules' build when left out. */
  readonly nativeBinding?: string;
}

export type Desk = CopydeskApi & {
  /** Closes the database; calls after it are refused. */
  close(): void;
};

function summaryOf(story: Story): StorySummary {
  // Spelled out so a text never rides along by accident: summaries cross the wire by the hundred.
  const { id, path, name, encoding, status, createdAt, updatedAt, reviewMs, cursor } = story;
  return { id, path, name, encoding, status, createdAt, updatedAt, reviewMs, cursor };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes from base64, strictly: Buffer.from would quietly skip anything that is not base64. */
function decodeBase64(value: string): Buffer {
  // A browser's FileReader.readAsDataURL gives a data: URL; take its payload.
  const payload = value.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (payload.length % 4 !== 0 || !BASE64.test(payload)) throw badInput('The file contents must be base64 (the bytes did not arrive intact).');
  return Buffer.from(payload, 'base64');
}

function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}

/**
 * The back end of the desk: every method of the API contract on the store,
 * the import and the export modules. Electron's IPC and the loopback web
 * server both serve this one object. Each method checks its arguments (they
 * come from a renderer or the network), resolves only after what it changed
 * is committed to disk, and rejects with an ApiError.
 */
export function createDesk(options: DeskOptions): Desk {
  // Absolute, so getAppInfo and the default export folder name a place the editor can find.
  const dataDir = resolve(checkString(options.dataDir, 'dataDir'));
  const store: Store = openStore(join(dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding });
  let closed = false;

  function liveStory(id: unknown): Story {
    const storyId = checkId(id);
    const story = store.getStory(storyId);
    if (story === undefined) throw notFound(`No story with id ${storyId} on the desk (never opened, or removed).`);
    return story;
  }

  function addWarnings(warnings: OpenFailure[], path: string, list: readonly string[]): void {
    for (const reason of list) warnings.push({ path, reason });
  }

  async function exportFolder(dir: unknown): Promise<string> {
    if (dir === undefined || dir === null) {
      const folder = join(dataDir, DEFAULT_EXPORT_FOLDER);
      await mkdir(folder, { recursive: true }).catch((err: unknown) => {
        throw new ApiError('io', `Cannot create the export folder ${folder}: ${err instanceof Error ? err.message : String(err)}.`, { cause: err });
      });
      return folder;
    }
    const folder = checkString(dir, 'Export folder');
    // Not created when missing: a folder the editor chose and that is gone is worth telling, not recreating.
    if (!isAbsolute(folder)) throw badInput(`Export folder must be a full path (got "${folder}").`);
    return folder;
  }

  function exportFormats(value: unknown): ExportFormat[] {
    if (value === undefined || value === null) return [...EXPORT_FORMATS];
    if (!Array.isArray(value)) throw badInput(`formats must be a list of ${EXPORT_FORMATS.join(', ')}.`);
    const formats = value.map((f, i) => checkOneOf(f, EXPORT_FORMATS, `formats[${i}]`));
    if (formats.length === 0) throw badInput('Choose at least one export format.');
    return [...new Set(formats)];
  }

  const methods: CopydeskApi = {
    async getAppInfo() {
      return { version: options.version, shell: options.shell, dataDir };
    },

    async listStories() {
      return store.listStories();
    },

    async getStory(id) {
      return liveStory(id);
    },

    async openPaths(paths) {
      const list = checkStringList(paths, 'paths', MAX_PATHS);
      const read = await readPaths(list);
      const stories: StorySummary[] = [];
      const warnings: OpenFailure[] = [];
      const opened = new Set<string>();
      for (const { given, file } of read.files) {
        const name = file.path.split(/[\\/]/).pop() ?? file.path;
        stories.push(summaryOf(store.addStory({ path: file.path, name, sourceText: file.text, encoding: file.encoding })));
        addWarnings(warnings, file.path, file.warnings);
        opened.add(given);
      }
      for (const path of opened) store.addRecent(path);
      return { stories, failures: read.failures, warnings };
    },

    async openBytes(name, base64) {
      const fileName = checkString(name, 'File name');
      const bytes = decodeBase64(checkString(base64, 'File contents', { allowEmpty: true }));
      const fail = (reason: string): OpenResult => ({ stories: [], failures: [{ path: fileName, reason }], warnings: [] });
      if (bytes.length > MAX_FILE_BYTES) return fail(`too large (${mebibytes(bytes.length)}; the limit is ${mebibytes(MAX_FILE_BYTES)})`);
      const decoded = decodeBytes(bytes);
      if (!decoded.ok) return fail(decoded.reason);
      const story = store.addStory({ path: null, name: fileName, sourceText: decoded.text, encoding: decoded.encoding });
      const warnings: OpenFailure[] = [];
      addWarnings(warnings, fileName, decoded.warnings);
      return { stories: [summaryOf(story)], failures: [], warnings };
    },

    async openText(name, text) {
      const storyName = checkString(name, 'Story name');
      const sourceText = checkString(text, 'Text', { allowEmpty: true });
      // Pasted text is held to the same limit as a file: over IPC nothing else bounds it.
      const size = sourceText.length > MAX_FILE_BYTES ? sourceText.length : sourceText.length * 3 > MAX_FILE_BYTES ? Buffer.byteLength(sourceText, 'utf8') : 0;
      if (size > MAX_FILE_BYTES) throw badInput(`The text is too large to open (${mebibytes(size)}; the limit is ${mebibytes(MAX_FILE_BYTES)}).`);
      return store.addStory({ path: null, name: storyName, sourceText, encoding: 'utf-8' });
    },

    async pickPaths(kind) {
      const which = checkOneOf(kind, ['files', 'folder'] as const, 'kind');
      if (!options.pickPaths) return null;
      return options.pickPaths(which);
    },

    async saveText(id, text, cursor) {
      const story = liveStory(id);
      const currentText = checkString(text, 'Text', { allowEmpty: true });
      const caret = checkInteger(cursor, 'Cursor', 0, currentText.length);
      store.saveText(story.id, currentText);
      store.setCursor(story.id, caret);
    },

    async setStatus(id, status) {
      const story = liveStory(id);
      store.setStatus(story.id, checkOneOf(status, STORY_STATUSES, 'Status'));
      return summaryOf(liveStory(story.id));
    },

    async addReviewTime(id, ms) {
      const story = liveStory(id);
      const amount = checkNumber(ms, 'Review time (ms)', 0);
      if (amount > MAX_REVIEW_MS_AT_ONCE) throw badInput(`Review time of ${amount} ms at once is more than a day; not recorded.`);
      store.addReviewTime(story.id, amount);
    },

    async removeStory(id) {
      store.removeStory(liveStory(id).id);
    },

    async recordCorrection(input, currentText) {
      const correction = toCorrectionInput(input);
      const text = checkString(currentText, 'Text after the correction', { allowEmpty: true });
      liveStory(correction.storyId);
      return store.recordCorrection(correction, { currentText: text });
    },

    async setCorrectionUndone(id, undone, currentText) {
      const correctionId = checkId(id, 'Correction id');
      const flag = checkBoolean(undone, 'undone');
      const text = checkString(currentText, 'Text after the undo', { allowEmpty: true });
      return store.setUndone(correctionId, flag, { currentText: text });
    },

    async listCorrections(storyId) {
      return store.listCorrections(liveStory(storyId).id, { includeUndone: true });
    },

    async getSession() {
      return store.getSession() ?? null;
    },

    async saveSession(state) {
      const raw = checkObject(state, 'Session');
      const openStoryIds = checkStringList(raw.openStoryIds, 'openStoryIds', MAX_PATHS);
      const nullableId = (value: unknown, what: string) => (value === undefined || value === null ? null : checkId(value, what));
      const session: SessionState = {
        openStoryIds,
        currentStoryId: nullableId(raw.currentStoryId, 'currentStoryId'),
        compareStoryId: nullableId(raw.compareStoryId, 'compareStoryId'),
        editor: checkString(raw.editor ?? '', 'editor', { allowEmpty: true }),
      };
      return store.saveSession(session);
    },

    async listRecent() {
      return store.listRecent();
    },

    async exportStory(id, exportOptions) {
      const story = liveStory(id);
      const opts = exportOptions === undefined || exportOptions === null ? {} : checkObject(exportOptions, 'Export options');
      const formats = exportFormats(opts.formats);
      const dir = await exportFolder(opts.dir);
      const corrections = store.listCorrections(story.id, { includeUndone: true });
      return writeStoryExport({ story, corrections, appVersion: options.version }, dir, formats);
    },
  };

  const shuttingDown = () => new ApiError('unsupported', 'Copydesk is shutting down; try again after it restarts.');

  // Every method: refuse after close, and reject with an ApiError whatever went wrong inside.
  const desk = { close: () => {} } as Desk;
  for (const name of API_METHODS) {
    const method = methods[name] as (...args: unknown[]) => Promise<unknown>;
    (desk as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      if (closed) throw shuttingDown();
      try {
        return await method(...args);
      } catch (err) {
        // A call that was waiting on the file system when the desk closed fails on the closed
        // database; that is the shutdown, not an internal error, and the editor should hear so.
        if (closed && !(err instanceof ApiError)) throw shuttingDown();
        throw toApiError(err);
      }
    };
  }
  desk.close = () => {
    if (closed) return;
    closed = true;
    store.close();
  };
  return desk;
}
