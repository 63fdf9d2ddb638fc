/**
 * Why the store refused: the UI turns the kind into advice, the message says
 * what happened in words an editor can act on.
 */
export type StoreErrorKind =
  /** The file exists but is not an SQLite database at all (garbage, another format). */
  | 'not-a-database'
  /** An SQLite database, but some other program's. */
  | 'not-copydesk'
  /** Written by a newer Copydesk, with a schema this version does not know. */
  | 'too-new'
  /** SQLite reports the database damaged. */
  | 'corrupt'
  /** The file or its folder cannot be opened or created (permissions, a folder in the way). */
  | 'cannot-open'
  /** No story or correction with that id (or the story was removed). */
  | 'not-found'
  /** The caller passed something the store will not record. */
  | 'invalid';

export class StoreError extends Error {
  readonly kind: StoreErrorKind;

  constructor(kind: StoreErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.kind = kind;
  }
}
