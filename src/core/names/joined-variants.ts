import type { NameMention } from './name-mention';

/**
 * One name written with a hyphen in one place and a space in another
 * ("Díaz-Canel" and "Díaz Canel", "Ben-Gvir" and "Ben Gvir", "Al-Thani" and
 * "Al Thani"). The comparison keys of the name-variant rule drop hyphens and
 * spaces, so those two spellings look the same to it; this pass compares the
 * written pieces instead.
 */

/** A spelling of a joined name: where it stands and how it is written. */
export interface JoinedOccurrence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The pieces, case kept: ["Díaz", "Canel"]. */
  readonly key: string;
  readonly hyphen: boolean;
}

const HYPHEN = /[-‐]/;
/** A piece of a name: capitalised, at least two letters ("Ben", "Canel"). */
const PIECE = /^\p{Lu}[\p{L}\p{M}'’]+$/u;

/** Index of the mention's last name word (its surname), or -1. */
function lastNameIndex(m: NameMention): number {
  let i = m.parts.length - 1;
  while (i >= 0 && m.parts[i]!.kind !== 'name') i--;
  return i;
}

/**
 * Hyphenated surnames whose every piece is capitalised ("Díaz-Canel"; not
 * "pro-Iran" or "al-Sudani"). Only the surname: hyphens in given names
 * ("Abdul-Malik", "Jean-Pierre") vary between house styles and are left to them.
 */
function hyphenated(text: string, mentions: readonly NameMention[]): JoinedOccurrence[] {
  const out: JoinedOccurrence[] = [];
  for (const m of mentions) {
    const index = lastNameIndex(m);
    if (index < 0) continue;
    const p = m.parts[index]!;
    const word = text.slice(p.start, p.end);
    if (!HYPHEN.test(word)) continue;
    const pieces = word.split(HYPHEN);
    if (pieces.length >= 2 && pieces.every((x) => PIECE.test(x))) out.push({ start: p.start, end: p.end, text: word, key: pieces.join(' '), hyphen: true });
  }
  return out;
}

/** The last name words of each mention, one space apart, that read as the pieces of one of `keys` (by piece count). */
function spaced(text: string, mentions: readonly NameMention[], keys: ReadonlySet<string>, counts: ReadonlySet<number>): JoinedOccurrence[] {
  const out: JoinedOccurrence[] = [];
  for (const m of mentions) {
    const last = lastNameIndex(m);
    for (const count of counts) {
      const first = last - count + 1;
      if (first < 0) continue;
      const start = m.parts[first]!.start;
      const end = m.parts[last]!.end;
      const run = text.slice(start, end);
      if (keys.has(run)) out.push({ start, end, text: run, key: run, hyphen: false });
    }
  }
  return out;
}

/**
 * Occurrences of the spelling to change, each with the spelling to keep: the
 * more frequent one, or on a tie the one seen first.
 */
export function joinedVariants(text: string, mentions: readonly NameMention[]): { occurrence: JoinedOccurrence; keep: string }[] {
  const joined = hyphenated(text, mentions);
  if (joined.length === 0) return [];
  const keys = new Set(joined.map((j) => j.key));
  const counts = new Set(joined.map((j) => j.key.split(' ').length));
  const all = [...joined, ...spaced(text, mentions, keys, counts)].sort((a, b) => a.start - b.start);
  const byKey = new Map<string, JoinedOccurrence[]>();
  for (const o of all) {
    const list = byKey.get(o.key);
    if (list === undefined) byKey.set(o.key, [o]);
    else list.push(o);
  }
  const out: { occurrence: JoinedOccurrence; keep: string }[] = [];
  for (const group of byKey.values()) {
    const withHyphen = group.filter((o) => o.hyphen);
    const withSpace = group.filter((o) => !o.hyphen);
    if (withHyphen.length === 0 || withSpace.length === 0) continue;
    const hyphenWins = withHyphen.length > withSpace.length || (withHyphen.length === withSpace.length && withHyphen[0]!.start < withSpace[0]!.start);
    const [keep, change] = hyphenWins ? [withHyphen, withSpace] : [withSpace, withHyphen];
    for (const occurrence of change) out.push({ occurrence, keep: keep[0]!.text });
  }
  return out;
}
