import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../src/node/store/migrations';
import { StoreError } from '../../../src/node/store/store-error';
import { useTempFolder } from './temp-folder';

const temp = useTempFolder();

function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(StoreError);
    return err as StoreError;
  }
  throw new Error('expected the store to refuse the file');
}

function migrationRows(file: string): { version: number; name: string; applied_at: string }[] {
  const raw = new Database(file, { readonly: true });
  try {
    return raw.prepare('SELECT version, name, applied_at FROM migrations ORDER BY version').all() as { version: number; name: string; applied_at: string }[];
  } finally {
    raw.close();
  }
}

describe('migrations', () => {
  it('numbers the steps 1, 2, 3... in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('runs each step once, recording it, and never again on reopen', () => {
    const file = join(temp.folder(), 'desk.sqlite');
    const first = temp.open(file, { now: () => new Date('2025-03-07T10:00:00.000Z') });
    const story = first.addStory({ name: 'a', sourceText: 'texte', encoding: 'utf-8' });
    first.close();
    const rows = migrationRows(file);
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name, applied_at: '2025-03-07T10:00:00.000Z' })));

    // Reopen with another clock: had anything been migrated again, a table
    // would be recreated (losing the story) or a row re-stamped.
    const second = temp.open(file, { now: () => new Date('2030-01-01T00:00:00.000Z') });
    expect(second.getStory(story.id)).toEqual(story);
    second.close();
    expect(migrationRows(file)).toEqual(rows);
  });

  it('refuses a database written by a newer Copydesk, and leaves it alone', () => {
    const file = join(temp.folder(), 'desk.sqlite');
    const store = temp.open(file);
    const story = store.addStory({ name: 'a', sourceText: 'texte', encoding: 'utf-8' });
    store.close();
    const future = SCHEMA_VERSION + 7;
    const raw = new Database(file);
    raw.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(future, 'from the future', '2031-01-01T00:00:00.000Z');
    raw.exec('CREATE TABLE future_things (x TEXT)');
    raw.close();

    const err = refusal(() => temp.open(file));
    expect(err.kind).toBe('too-new');
    expect(err.message).toContain(`newer version of Copydesk (database schema ${future}; this version knows up to ${SCHEMA_VERSION})`);
    expect(err.message).toContain('left as it is');

    const check = new Database(file, { readonly: true });
    try {
      expect(check.prepare('SELECT max(version) AS v FROM migrations').get()).toEqual({ v: future });
      expect(check.prepare('SELECT name FROM stories WHERE id = ?').get(story.id)).toEqual({ name: 'a' });
    } finally {
      check.close();
    }
  });

  it('refuses a file that is not a database, says so clearly, and does not touch it', () => {
    const file = join(temp.folder(), 'notes.sqlite');
    const garbage = 'Notes for the desk, not a database.\n'.repeat(300);
    writeFileSync(file, garbage);
    const err = refusal(() => temp.open(file));
    expect(err.kind).toBe('not-a-database');
    expect(err.message).toBe(`${file} is not a Copydesk database (it is not an SQLite database at all). It was left as it is: move it aside or choose another file.`);
    expect(readFileSync(file, 'utf8')).toBe(garbage);
  });

  it('refuses a database truncated in its header', () => {
    const file = join(temp.folder(), 'desk.sqlite');
    temp.open(file).close();
    const bytes = readFileSync(file);
    writeFileSync(file, Buffer.concat([bytes.subarray(0, 16), Buffer.alloc(84, 0xff)]));
    const err = refusal(() => temp.open(file));
    expect(['not-a-database', 'corrupt']).toContain(err.kind);
  });

  it("refuses another program's SQLite database and does not change it", () => {
    const file = join(temp.folder(), 'other.db');
    const raw = new Database(file);
    raw.exec("CREATE TABLE invoices (n INTEGER); INSERT INTO invoices VALUES (1)");
    raw.close();
    const before = readFileSync(file);
    const err = refusal(() => temp.open(file));
    expect(err.kind).toBe('not-copydesk');
    expect(err.message).toMatch(/another program.*invoices/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses a database stamped with another program's application id", () => {
    const file = join(temp.folder(), 'other.db');
    const raw = new Database(file);
    raw.pragma('application_id = 1234');
    raw.close();
    expect(refusal(() => temp.open(file)).kind).toBe('not-copydesk');
  });

  it('takes an empty file as a new database', () => {
    const file = join(temp.folder(), 'empty.sqlite');
    writeFileSync(file, '');
    const store = temp.open(file);
    expect(store.listStories()).toEqual([]);
  });
});
