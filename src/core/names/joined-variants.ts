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

/** Hyphenated surnames whose every piece is capitalised ("Díaz-Canel"; not "pro-Iran" or "al-Sudani"). */
function hyphenated(text: string, mentions: readonly NameMention[]): JoinedOccurrence[] {
  const out: JoinedOccurrence[] = [];
  for (const m of mentions) {
    // Only a surname, the mention's last name word: hyphens in given names
    // ("Abdul-Malik", "Jean-Pierre") vary between house styles and are left to them.
    const names = m.parts.filter((p) => p.kind === 'name');
    const p = names[names.length - 1];
    if (p !== undefined) {
      const word = text.slice(p.start, p.end);
      if (!HYPHEN.test(word)) continue;
      const pieces = word.split(HYPHEN);
      if (pieces.length < 2 || !pieces.every((x) => PIECE.test(x))) continue;
      out.push({ start: p.start, end: p.end, text: word, key: pieces.join(' '), hyphen: true });
    }
  }
  return out;
}

/** Name words closing a mention, one space apart, that read as the pieces of a hyphenated surname, looked up by their first piece. */
function spaced(text: string, mentions: readonly NameMention[], byFirst: ReadonlyMap<string, readonly { key: string; count: number }[]>): JoinedOccurrence[] {
  const out: JoinedOccurrence[] = [];
  for (const m of mentions) {
    const parts = m.parts;
    let lastName = parts.length - 1;
    while (lastName >= 0 && parts[lastName]!.kind !== 'name') lastName--;
    for (let i = 0; i < parts.length; i++) {
      const candidates = byFirst.get(text.slice(parts[i]!.start, parts[i]!.end));
      if (candidates === undefined) continue;
      for (const { key, count } of candidates) {
        // The pieces end the name, as the hyphenated surname does.
        if (i + count - 1 !== lastName) continue;
        const first = parts[i]!;
        const last = parts[i + count - 1]!;
        const run = text.slice(first.start, last.end);
        if (run === key) out.push({ start: first.start, end: last.end, text: run, key, hyphen: false });
      }
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
  const byFirst = new Map<string, { key: string; count: number }[]>();
  for (const j of joined) {
    const pieces = j.key.split(' ');
    const list = byFirst.get(pieces[0]!) ?? [];
    if (!list.some((c) => c.key === j.key)) list.push({ key: j.key, count: pieces.length });
    byFirst.set(pieces[0]!, list);
  }
  const all = [...joined, ...spaced(text, mentions, byFirst)].sort((a, b) => a.start - b.start);
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
