/**
 * Name occurrences grouped by comparison key, and groups linked when their
 * keys are close (one name in two transliterations). A small union-find:
 * linking is rare, so groups carry their members on the root.
 */

export interface Group<T extends { readonly form: string }> {
  readonly key: string;
  readonly first: T;
  readonly occurrences: T[];
  /** The group holds two spellings (two forms). */
  twoForms: boolean;
  /** The group it was linked into, itself when none. */
  parent: Group<T>;
  /** On a root: every group linked to it, itself first. */
  readonly members: Group<T>[];
  add(occurrence: T): void;
}

export function newGroup<T extends { readonly form: string }>(key: string, first: T): Group<T> {
  const group: Group<T> = {
    key,
    first,
    occurrences: [first],
    twoForms: false,
    parent: undefined as unknown as Group<T>,
    members: [],
    add(o) {
      this.occurrences.push(o);
      if (o.form !== first.form) this.twoForms = true;
    },
  };
  group.parent = group;
  group.members.push(group);
  return group;
}

export function rootOf<T extends { readonly form: string }>(group: Group<T>): Group<T> {
  let root = group;
  while (root.parent !== root) root = root.parent;
  // Path compression: later lookups go straight to the root.
  let g = group;
  while (g.parent !== root && g !== root) {
    const next = g.parent;
    g.parent = root;
    g = next;
  }
  return root;
}

function link<T extends { readonly form: string }>(a: Group<T>, b: Group<T>): void {
  const ra = rootOf(a);
  const rb = rootOf(b);
  if (ra === rb) return;
  rb.parent = ra;
  for (const m of rb.members) ra.members.push(m);
  rb.members.length = 0;
}

/** Keys whose lengths differ by more than this are never close (at most two soft edits). */
const LENGTH_WINDOW = 2;

/**
 * Links every two groups that `close` accepts, comparing only groups whose
 * keys are at least `minKey` long and within a few letters in length:
 * keys sorted by length, each compared with the next few.
 */
export function linkSimilar<T extends { readonly form: string }>(
  groups: Iterable<Group<T>>,
  close: (a: Group<T>, b: Group<T>) => boolean,
  minKey = 0,
): void {
  const list: Group<T>[] = [];
  for (const g of groups) if (g.key.length >= minKey) list.push(g);
  if (list.length < 2) return;
  list.sort((a, b) => a.key.length - b.key.length);
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const limit = a.key.length + LENGTH_WINDOW;
    for (let j = i + 1; j < list.length && list[j]!.key.length <= limit; j++) {
      const b = list[j]!;
      if (close(a, b)) link(a, b);
    }
  }
}
