import type { Database } from 'better-sqlite3';
import { StoreError } from './store-error';

/** Stamped in the database header (PRAGMA application_id) so the file says whose it is: "CpDk". */
export const APPLICATION_ID = 0x4370446b;

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The schema, one step per version, in order. A released step is never edited:
 * change the schema by appending a step. Tables are STRICT so that a wrong type
 * is an error, not a silent conversion.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'stories, corrections, session, recent files',
    sql: `
      PRAGMA application_id = ${APPLICATION_ID};

      CREATE TABLE stories (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        path TEXT,
        name TEXT NOT NULL,
        encoding TEXT NOT NULL,
        source_text TEXT NOT NULL,
        current_text TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in-review', 'done')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        review_ms INTEGER NOT NULL DEFAULT 0 CHECK (review_ms >= 0),
        cursor INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
        -- Removing a story hides it; its corrections stay in the log.
        removed_at TEXT
      ) STRICT;

      CREATE TABLE corrections (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        story_id TEXT NOT NULL REFERENCES stories (id),
        kind TEXT NOT NULL CHECK (kind IN ('accept', 'edit', 'dismiss')),
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
        original_text TEXT NOT NULL,
        new_text TEXT NOT NULL,
        rule TEXT,
        category TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
        dismiss_scope TEXT CHECK (dismiss_scope IN ('occurrence', 'rule')),
        suggestion_index INTEGER CHECK (suggestion_index >= 0),
        editor TEXT NOT NULL,
        created_at TEXT NOT NULL,
        started_at TEXT,
        time_spent_ms INTEGER NOT NULL CHECK (time_spent_ms >= 0),
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
      ) STRICT;

      CREATE INDEX corrections_by_story ON corrections (story_id, seq);

      CREATE TABLE session (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        open_story_ids TEXT NOT NULL CHECK (json_valid(open_story_ids)),
        current_story_id TEXT,
        compare_story_id TEXT,
        editor TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE recent_files (
        path TEXT PRIMARY KEY,
        opened_at TEXT NOT NULL,
        seq INTEGER NOT NULL
      ) STRICT;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Highest migration applied, 0 for a database without the migrations table. */
export function appliedVersion(db: Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'migrations'").get();
  if (table === undefined) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM migrations').get() as { version: number | null };
  return row.version ?? 0;
}

export function tooNewError(file: string, version: number): StoreError {
  return new StoreError(
    'too-new',
    `${file} was written by a newer version of Copydesk (database schema ${version}; this version knows up to ${SCHEMA_VERSION}). ` +
      'Update Copydesk to open it. The file was left as it is.',
  );
}

/**
 * Brings the database up to SCHEMA_VERSION. Each step runs in its own
 * IMMEDIATE transaction together with its row in `migrations`, so a crash
 * leaves the database at the previous version, never half-way; the version is
 * read again inside the transaction, so two windows opening the same new file
 * at once apply each step once.
 */
export function migrate(db: Database, file: string, now: () => string): void {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const record = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const step of MIGRATIONS) {
    db.transaction(() => {
      const current = appliedVersion(db);
      if (current > SCHEMA_VERSION) throw tooNewError(file, current);
      if (current >= step.version) return;
      db.exec(step.sql);
      record.run(step.version, step.name, now());
    }).immediate();
  }
}
