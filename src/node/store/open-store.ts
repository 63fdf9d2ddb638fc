import { randomUUID } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { validateCorrection, type Correction, type CorrectionInput } from '../../core/corrections/correction';
import type { SavedSession, SessionState } from '../../core/corrections/saved-session';
import { STORY_STATUSES, type NewStory, type Story, type StoryStatus, type StorySummary } from '../../core/corrections/story';
import { APPLICATION_ID, appliedVersion, migrate, SCHEMA_VERSION, tooNewError } from './migrations';
import {
  CORRECTION_COLUMNS,
  STORY_SUMMARY_COLUMNS,
  toCorrection,
  toCorrectionParams,
  toSavedSession,
  toStory,
  toStorySummary,
  type CorrectionRow,
  type SessionRow,
  type StoryRow,
  type StorySummaryRow,
} from './rows';
import { StoreError } from './store-error';

export interface RecentFile {
  readonly path: string;
  /** ISO 8601 time it was last opened. */
  readonly openedAt: string;
}

export interface StoreOptions {
  /** Clock for timestamps; tests pin it. */
  readonly now?: () => Date;
  /** How long to wait for another connection's write lock, in ms (default 5000). */
  readonly busyTimeoutMs?: number;
  /** Path of better_sqlite3.node to load instead of node_modules' (Electron needs one built for its ABI). */
  readonly nativeBinding?: string;
}

/**
 * The desk's durable record: stories, the correction log, the session and the
 * recent files. Every method is synchronous and, when it writes, has committed
 * (and synced, see openStore) before it returns, so what the UI acknowledges
 * is on disk.
 */
export interface Store {
  readonly file: string;

  addStory(input: NewStory): Story;
  getStory(id: string): Story | undefined;
  /** Stories not removed, in the order they were added, without their texts. */
  listStories(): StorySummary[];
  /** Keeps the editor's text (saved or not) for resume. */
  saveText(id: string, currentText: string): void;
  setStatus(id: string, status: StoryStatus): void;
  /** Adds to the time spent reviewing the story (rounded to whole ms). */
  addReviewTime(id: string, ms: number): void;
  /** Caret offset (UTF-16) in the current text, to resume there. */
  setCursor(id: string, offset: number): void;
  /** Takes the story off the desk; its corrections stay in the log. */
  removeStory(id: string): void;

  /**
   * Appends a correction (id, createdAt and undone default to a new UUID, now
   * and false; timeSpentMs is rounded to whole ms). With options.currentText
   * the story's text is saved in the same transaction, so the log and the
   * text cannot disagree after a crash.
   */
  recordCorrection(input: CorrectionInput, options?: { readonly currentText?: string }): Correction;
  /** Undo (true) or redo (false): the record stays and the flag flips. */
  setUndone(id: string, undone: boolean, options?: { readonly currentText?: string }): Correction;
  /** In log order; undone ones only with includeUndone. */
  listCorrections(storyId: string, options?: { readonly includeUndone?: boolean }): Correction[];

  /** The last saved session, with ids of stories since removed left out. */
  getSession(): SavedSession | undefined;
  saveSession(state: SessionState): SavedSession;

  addRecent(path: string): void;
  /** Most recent first; default 10. */
  listRecent(limit?: number): RecentFile[];

  close(): void;
}

/** Recent files kept; older ones are forgotten. */
const RECENT_KEEP = 50;

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function sqliteCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Turns what SQLite threw while opening into a StoreError that says what to do. */
function openError(file: string, err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const code = sqliteCode(err);
  if (code === 'SQLITE_NOTADB') {
    return new StoreError('not-a-database', `${file} is not a Copydesk database (it is not an SQLite database at all). It was left as it is: move it aside or choose another file.`, { cause: err });
  }
  if (code === 'SQLITE_CORRUPT' || code?.startsWith('SQLITE_CORRUPT_')) {
    return new StoreError('corrupt', `${file} is damaged (SQLite: ${describe(err)}). It was left as it is: restore it from a backup or move it aside.`, { cause: err });
  }
  return new StoreError('cannot-open', `Cannot open ${file}: ${describe(err)}.`, { cause: err });
}

/**
 * Refuses, before writing anything, a file that is some other program's
 * database or that a newer Copydesk wrote. An empty file or an empty database
 * is taken as new.
 */
function checkIdentity(db: Db, file: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId !== 0 && applicationId !== APPLICATION_ID) {
    throw new StoreError('not-copydesk', `${file} is an SQLite database of another program (application id ${applicationId}), not Copydesk's. It was left as it is.`);
  }
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  if (tables.length > 0 && !tables.includes('migrations')) {
    throw new StoreError('not-copydesk', `${file} is an SQLite database of another program (tables ${tables.slice(0, 5).join(', ')}), not Copydesk's. It was left as it is.`);
  }
  const version = appliedVersion(db);
  if (version > SCHEMA_VERSION) throw tooNewError(file, version);
}

function prepareFolder(file: string): void {
  if (file === ':memory:' || file === '') return;
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (err) {
    throw new StoreError('cannot-open', `Cannot create the folder for ${file}: ${describe(err)}.`, { cause: err });
  }
  let isDirectory = false;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    // Does not exist yet: SQLite creates it.
  }
  if (isDirectory) throw new StoreError('cannot-open', `Cannot open ${file}: it is a folder, not a database file.`);
}

/**
 * Opens (creating it and its folder if need be) the Copydesk database at
 * `file` and brings its schema up to date.
 *
 * Durability: WAL journal with synchronous=FULL. In WAL mode NORMAL already
 * keeps the database consistent, but a power cut can lose the last commits
 * that were not yet synced; FULL syncs the WAL at every commit, so a
 * correction acknowledged to the editor survives it. Corrections come at human
 * pace, so one sync each costs nothing anyone will notice.
 */
export function openStore(file: string, options: StoreOptions = {}): Store {
  const clock = options.now ?? (() => new Date());
  const now = (): string => clock().toISOString();
  prepareFolder(file);
  let db: Db;
  try {
    db = new Database(file, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding });
  } catch (err) {
    throw openError(file, err);
  }
  try {
    // Wait for another window's lock rather than fail; this touches no file.
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    checkIdentity(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, file, now);
  } catch (err) {
    db.close();
    throw openError(file, err);
  }
  return createStore(db, file, now);
}

function requireString(value: unknown, what: string, allowEmpty = false): string {
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
    throw new StoreError('invalid', `${what} must be a${allowEmpty ? '' : ' non-empty'} string.`);
  }
  return value;
}

function createStore(db: Db, file: string, now: () => string): Store {
  const stmt = {
    insertStory: db.prepare(
      `INSERT INTO stories (id, path, name, encoding, source_text, current_text, status, created_at, updated_at)
       VALUES (@id, @path, @name, @encoding, @source_text, @source_text, 'new', @now, @now)`,
    ),
    getStory: db.prepare(`SELECT ${STORY_SUMMARY_COLUMNS}, source_text, current_text FROM stories WHERE id = ? AND removed_at IS NULL`),
    listStories: db.prepare(`SELECT ${STORY_SUMMARY_COLUMNS} FROM stories WHERE removed_at IS NULL ORDER BY seq`),
    liveStory: db.prepare('SELECT 1 FROM stories WHERE id = ? AND removed_at IS NULL').pluck(),
    saveText: db.prepare('UPDATE stories SET current_text = ?, updated_at = ? WHERE id = ? AND removed_at IS NULL'),
    setStatus: db.prepare('UPDATE stories SET status = ?, updated_at = ? WHERE id = ? AND removed_at IS NULL'),
    addReviewTime: db.prepare('UPDATE stories SET review_ms = review_ms + ?, updated_at = ? WHERE id = ? AND removed_at IS NULL'),
    setCursor: db.prepare('UPDATE stories SET cursor = ?, updated_at = ? WHERE id = ? AND removed_at IS NULL'),
    removeStory: db.prepare('UPDATE stories SET removed_at = ?, updated_at = ? WHERE id = ? AND removed_at IS NULL'),
    insertCorrection: db.prepare(
      `INSERT INTO corrections (${CORRECTION_COLUMNS})
       VALUES (@id, @story_id, @kind, @start_offset, @end_offset, @original_text, @new_text, @rule, @category, @severity,
               @dismiss_scope, @suggestion_index, @editor, @created_at, @started_at, @time_spent_ms, @undone)`,
    ),
    correctionExists: db.prepare('SELECT 1 FROM corrections WHERE id = ?').pluck(),
    getCorrection: db.prepare(`SELECT ${CORRECTION_COLUMNS} FROM corrections WHERE id = ?`),
    setUndone: db.prepare('UPDATE corrections SET undone = ? WHERE id = ?'),
    listCorrections: db.prepare(`SELECT ${CORRECTION_COLUMNS} FROM corrections WHERE story_id = ? ORDER BY seq`),
    listDoneCorrections: db.prepare(`SELECT ${CORRECTION_COLUMNS} FROM corrections WHERE story_id = ? AND undone = 0 ORDER BY seq`),
    getSession: db.prepare('SELECT open_story_ids, current_story_id, compare_story_id, editor, saved_at FROM session WHERE id = 1'),
    saveSession: db.prepare(
      `INSERT INTO session (id, open_story_ids, current_story_id, compare_story_id, editor, saved_at)
       VALUES (1, @open_story_ids, @current_story_id, @compare_story_id, @editor, @saved_at)
       ON CONFLICT (id) DO UPDATE SET open_story_ids = excluded.open_story_ids, current_story_id = excluded.current_story_id,
         compare_story_id = excluded.compare_story_id, editor = excluded.editor, saved_at = excluded.saved_at`,
    ),
    addRecent: db.prepare(
      `INSERT INTO recent_files (path, opened_at, seq) VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM recent_files))
       ON CONFLICT (path) DO UPDATE SET opened_at = excluded.opened_at, seq = excluded.seq`,
    ),
    pruneRecent: db.prepare(`DELETE FROM recent_files WHERE seq <= (SELECT seq FROM recent_files ORDER BY seq DESC LIMIT 1 OFFSET ${RECENT_KEEP})`),
    listRecent: db.prepare('SELECT path, opened_at AS openedAt FROM recent_files ORDER BY seq DESC LIMIT ?'),
  };

  /** Runs fn in a transaction that takes the write lock at once (no lock upgrade, so no deadlock between windows). */
  function write<T>(fn: () => T): T {
    return db.transaction(fn).immediate();
  }

  function notFound(id: string): StoreError {
    return new StoreError('not-found', `No story with id ${id} on the desk (never added, or removed).`);
  }

  /** An UPDATE of one live story; throws when no such story. */
  function updateStory(statement: Database.Statement, id: string, ...params: unknown[]): void {
    requireString(id, 'Story id');
    write(() => {
      if (statement.run(...params, now(), id).changes === 0) throw notFound(id);
    });
  }

  function getCorrection(id: string): Correction {
    const row = stmt.getCorrection.get(id) as CorrectionRow | undefined;
    if (row === undefined) throw new StoreError('not-found', `No correction with id ${id}.`);
    return toCorrection(row);
  }

  return {
    file,

    addStory(input) {
      const name = requireString(input?.name, 'Story name');
      const sourceText = requireString(input.sourceText, 'Story text', true);
      const encoding = requireString(input.encoding, 'Story encoding');
      const path = input.path === undefined || input.path === null ? null : requireString(input.path, 'Story path');
      const id = randomUUID();
      write(() => {
        stmt.insertStory.run({ id, path, name, encoding, source_text: sourceText, now: now() });
      });
      return toStory(stmt.getStory.get(id) as StoryRow);
    },

    getStory(id) {
      const row = stmt.getStory.get(id) as StoryRow | undefined;
      return row === undefined ? undefined : toStory(row);
    },

    listStories() {
      return (stmt.listStories.all() as StorySummaryRow[]).map(toStorySummary);
    },

    saveText(id, currentText) {
      updateStory(stmt.saveText, id, requireString(currentText, 'Story text', true));
    },

    setStatus(id, status) {
      if (!STORY_STATUSES.includes(status)) throw new StoreError('invalid', `Unknown story status "${String(status)}" (one of ${STORY_STATUSES.join(', ')}).`);
      updateStory(stmt.setStatus, id, status);
    },

    addReviewTime(id, ms) {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new StoreError('invalid', `Review time must be a finite number of milliseconds, 0 or more (got ${String(ms)}).`);
      updateStory(stmt.addReviewTime, id, Math.round(ms));
    },

    setCursor(id, offset) {
      if (!Number.isInteger(offset) || offset < 0) throw new StoreError('invalid', `Cursor must be an offset of 0 or more (got ${String(offset)}).`);
      updateStory(stmt.setCursor, id, offset);
    },

    removeStory(id) {
      updateStory(stmt.removeStory, id, now());
    },

    recordCorrection(input, options = {}) {
      const correction: Correction = {
        ...input,
        id: input.id ?? randomUUID(),
        createdAt: input.createdAt ?? now(),
        undone: input.undone ?? false,
        timeSpentMs: typeof input.timeSpentMs === 'number' ? Math.round(input.timeSpentMs) : input.timeSpentMs,
      };
      const problems = validateCorrection(correction);
      if (problems.length > 0) throw new StoreError('invalid', `Correction not recorded: ${problems.join('; ')}.`);
      const { currentText } = options;
      if (currentText !== undefined) requireString(currentText, 'Story text', true);
      write(() => {
        if (stmt.liveStory.get(correction.storyId) === undefined) throw notFound(correction.storyId);
        if (stmt.correctionExists.get(correction.id) !== undefined) throw new StoreError('invalid', `A correction with id ${correction.id} is already recorded.`);
        stmt.insertCorrection.run(toCorrectionParams(correction));
        if (currentText !== undefined) stmt.saveText.run(currentText, now(), correction.storyId);
      });
      return getCorrection(correction.id);
    },

    setUndone(id, undone, options = {}) {
      if (typeof undone !== 'boolean') throw new StoreError('invalid', 'undone must be true or false.');
      const { currentText } = options;
      if (currentText !== undefined) requireString(currentText, 'Story text', true);
      write(() => {
        const c = getCorrection(id);
        stmt.setUndone.run(undone ? 1 : 0, id);
        if (currentText !== undefined && stmt.saveText.run(currentText, now(), c.storyId).changes === 0) throw notFound(c.storyId);
      });
      return getCorrection(id);
    },

    listCorrections(storyId, options = {}) {
      const statement = options.includeUndone ? stmt.listCorrections : stmt.listDoneCorrections;
      return (statement.all(storyId) as CorrectionRow[]).map(toCorrection);
    },

    getSession() {
      const row = stmt.getSession.get() as SessionRow | undefined;
      if (row === undefined) return undefined;
      const saved = toSavedSession(row);
      const live = (id: string | null): boolean => id !== null && stmt.liveStory.get(id) !== undefined;
      return {
        ...saved,
        openStoryIds: saved.openStoryIds.filter(live),
        currentStoryId: live(saved.currentStoryId) ? saved.currentStoryId : null,
        compareStoryId: live(saved.compareStoryId) ? saved.compareStoryId : null,
      };
    },

    saveSession(state) {
      if (!Array.isArray(state?.openStoryIds) || !state.openStoryIds.every((id) => typeof id === 'string')) {
        throw new StoreError('invalid', 'openStoryIds must be a list of story ids.');
      }
      const currentStoryId = state.currentStoryId ?? null;
      const compareStoryId = state.compareStoryId ?? null;
      if (currentStoryId !== null) requireString(currentStoryId, 'currentStoryId');
      if (compareStoryId !== null) requireString(compareStoryId, 'compareStoryId');
      const editor = requireString(state.editor, 'Editor', true);
      const saved: SavedSession = { openStoryIds: [...state.openStoryIds], currentStoryId, compareStoryId, editor, savedAt: now() };
      write(() => {
        stmt.saveSession.run({
          open_story_ids: JSON.stringify(saved.openStoryIds),
          current_story_id: currentStoryId,
          compare_story_id: compareStoryId,
          editor,
          saved_at: saved.savedAt,
        });
      });
      return saved;
    },

    addRecent(path) {
      requireString(path, 'Path');
      write(() => {
        stmt.addRecent.run(path, now());
        stmt.pruneRecent.run();
      });
    },

    listRecent(limit = 10) {
      if (!Number.isInteger(limit) || limit < 0) throw new StoreError('invalid', `limit must be a whole number, 0 or more (got ${String(limit)}).`);
      return stmt.listRecent.all(limit) as RecentFile[];
    },

    close() {
      if (db.open) db.close();
    },
  };
}
