import type { Article } from '../article/article';
import type { Finding } from '../model/finding';
import { namesOf } from '../names/extract-names';
import { joinedVariants } from '../names/joined-variants';
import type { NameMention, NamePart } from '../names/name-mention';
import { nameWords } from '../names/name-words';
import { createNameNormalizer, type NameForms, type NameNormalizer } from '../names/normalize';
import { createRespeller, type Respeller } from '../names/respell';
import { linkSimilar, newGroup, rootOf, type Group } from '../names/variant-groups';
import { difference, isDistinct, variantsOf, preferredOf, type Variant, type VariantOccurrence } from '../names/variants';
import { sameName } from '../names/similar';
import { CONNECTORS } from '../places/name-guards';
import type { RuleFactory } from './rule';

const RULE_ID = 'name-variant';

/** Keys shorter than this are too short to tell two names from two spellings ("Li", "Wu"). */
const MIN_KEY = 3;
/**
 * A surname whose spellings fold to one key but differ in letters (Chen/Shen,
 * Luis/Louis) must be at least this long, or marked as Arabic, or look like
 * the source language, to count as one name spelt two ways; so must a
 * surname with and without doubled letters (Philips/Phillips are two names).
 */
const MIN_REWRITTEN_KEY = 6;
/** Two keys one soft edit apart (Haftar/Hafter): this long when a first name they share vouches for them... */
const MIN_SIMILAR_VOUCHED = 5;
/** ...and this long for surnames on their own. */
const MIN_SIMILAR_ALONE = 6;
/**
 * A surname opening a sentence ("Kobajidze said...") counts against the
 * story's spelling (Kobakhidze) when its key is this long: no English word
 * that long sits one soft edit from a surname of the story.
 */
const MIN_WEAK_KEY = 7;
/** Keys this long on both sides may differ by two soft edits (Sievierodonetsk/Severodonetsk). */
const MIN_TWO_EDITS = 10;

interface Occurrence extends VariantOccurrence {
  readonly mention: NameMention;
  /** The compared part (the surname), or undefined for a whole name. */
  readonly part: NamePart | undefined;
  readonly key: string;
  /** Keys of the other name words (given names), empty for a surname on its own. */
  readonly given: readonly string[];
  /** Has an Arabic article before the surname ("al-Sudani", "al Sudani"). */
  readonly prefixed: boolean;
  /** For a whole name, the key and form of each of its words. */
  readonly words?: readonly NameForms[];
}

interface Context {
  readonly text: string;
  readonly flagged: Set<NameMention>;
  readonly emit: (finding: Finding) => void;
}

const NO_GIVEN: readonly string[] = [];

function maxEdits(a: string, b: string): number {
  return a.length >= MIN_TWO_EDITS && b.length >= MIN_TWO_EDITS ? 2 : 1;
}

/** Two given names that may be one: equal keys, or one soft edit apart (Yevgeny, Evgueni). */
function sameGiven(a: string, b: string): boolean {
  return a === b || sameName(nameWords().similarity, a, b, 1, 4, false);
}

/**
 * What the first names say about two spellings of a surname: 'same' when
 * both come with a first name and one is shared (Mohammed Shia al-Sudani,
 * Mohamed Chia al-Soudani), 'different' when both come with first names and
 * none is shared (Volodymyr Zelensky, Olena Zelenska), else 'unknown'.
 */
function givenNames(a: Variant<Occurrence>, b: Variant<Occurrence>): 'same' | 'different' | 'unknown' {
  let any = false;
  for (const oa of a.occurrences) {
    if (oa.given.length === 0) continue;
    for (const ob of b.occurrences) {
      if (ob.given.length === 0) continue;
      any = true;
      for (const ga of oa.given) for (const gb of ob.given) if (sameGiven(ga, gb)) return 'same';
    }
  }
  return any ? 'different' : 'unknown';
}

/**
 * Spellings that differ only in accents (Pogacar, Pogačar): a sentence-initial
 * capital proves nothing about a word, but one that matches a name of the
 * story letter for letter is that name, not an English word.
 */
function accentsOnly(v: Variant<Occurrence>, preferred: Variant<Occurrence>): boolean {
  return difference(v.form, preferred.form) === 'diacritics';
}

/**
 * The surname closes a source-language proper name after one of its
 * connectors ("Autoridad del Canal de Panamá", "Banque de France"): English
 * copy keeps such a name as the source spells it, accents and all, even
 * where it writes the place itself without them (Panama).
 */
function inForeignName(text: string, o: Occurrence): boolean {
  const parts = o.mention.parts;
  const index = parts.indexOf(o.part!);
  const before = parts[index - 1];
  return index >= 2 && before !== undefined && before.kind === 'particle' && CONNECTORS.has(text.slice(before.start, before.end));
}

/** Keeps the case of the flagged text's first letter ("al-Sudani" at mid-sentence, "Al-Sudani" opening one). */
function caseLike(model: string, replacement: string): string {
  const m = model[0];
  const r = replacement[0];
  if (m === undefined || r === undefined || m.toLowerCase() !== r.toLowerCase()) return replacement;
  return m + replacement.slice(1);
}

function emitVariant(ctx: Context, o: Occurrence, suggestion: string, shown: string): void {
  ctx.flagged.add(o.mention);
  const original = ctx.text.slice(o.mention.start, o.mention.end);
  if (suggestion === original) return;
  ctx.emit({
    start: o.mention.start,
    end: o.mention.end,
    rule: RULE_ID,
    category: 'terminology/inconsistent',
    severity: 'major',
    message: `Spelt “${shown}” elsewhere in this story.`,
    suggestions: [suggestion],
  });
}

/**
 * Two whole names that are one: word by word the same keys, or all but one
 * word, which differs by soft edits (Mouammar Kadhafi, Muammar Gaddafi).
 * Words that fold together but differ in letters must be long enough, unless
 * the name is marked as Arabic: "Chang Wei" and "Shang Wei" are two people.
 */
function wholeNamesMatch(a: Variant<Occurrence>, b: Variant<Occurrence>): boolean {
  const wa = a.occurrences[0]!.words!;
  const wb = b.occurrences[0]!.words!;
  if (wa.length !== wb.length) return false;
  const marked = a.marked || b.marked;
  let similar = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i]!;
    const y = wb[i]!;
    if (x.form === y.form) continue;
    const kind = difference(x.form, y.form);
    if (kind === 'diacritics') continue;
    if (isDistinct(x.form, y.form)) return false;
    if (x.key === y.key) {
      if (kind === 'letters' && !marked && x.key.length < MIN_REWRITTEN_KEY) return false;
      continue;
    }
    if (++similar > 1 || !sameName(nameWords().similarity, x.key, y.key, maxEdits(x.key, y.key), MIN_SIMILAR_VOUCHED, false)) return false;
  }
  return true;
}

/** Whole names of two or more words: "Hachd al-Chaabi" against "Hashd al-Shaabi". */
function checkWholeNames(ctx: Context, group: readonly Occurrence[]): void {
  const variants = variantsOf(group);
  if (variants.length < 2) return;
  const preferred = preferredOf(variants);
  if (!preferred) return;
  const model = preferred.occurrences.find((o) => !o.weak)!;
  const shown = ctx.text.slice(model.mention.start, model.mention.end);
  for (const v of variants) {
    // Never respell an English-looking spelling into a source one (Tokayev into Tokaïev): the transliteration rule has that one.
    if (v === preferred || (preferred.source && !v.source) || !wholeNamesMatch(v, preferred)) continue;
    for (const o of v.occurrences) {
      if ((o.weak && !v.source && !accentsOnly(v, preferred)) || ctx.flagged.has(o.mention)) continue;
      emitVariant(ctx, o, caseLike(ctx.text.slice(o.mention.start, o.mention.end), shown), shown);
    }
  }
}

/** Seen as the surname of a longer name, after an article, in a name marked as Arabic, or in a source spelling. */
function anchored(v: Variant<Occurrence>): boolean {
  return v.marked || v.source || v.occurrences.some((o) => o.given.length > 0 || o.prefixed);
}

/** Is `v` the same surname as the kept spelling `p`, spelt another way? */
function surnamesMatch(v: Variant<Occurrence>, p: Variant<Occurrence>): boolean {
  const given = givenNames(v, p);
  if (given === 'different' || isDistinct(v.form, p.form)) return false;
  const kind = difference(v.form, p.form);
  if (kind === 'diacritics') return true;
  // A word seen only on its own may be a first name, and two people may share it
  // ("said Mohamed, a farmer" and "King Mohammed VI"): one side must be a surname.
  if (!anchored(v) && !anchored(p)) return false;
  const vouched = given === 'same' || v.marked || p.marked || v.source;
  const key = v.occurrences[0]!.key;
  const other = p.occurrences[0]!.key;
  if (key === other) {
    if (kind === 'doubled') return vouched || key.length >= MIN_REWRITTEN_KEY || (v.occurrences.some((o) => o.prefixed) && p.occurrences.some((o) => o.prefixed));
    return vouched || key.length >= MIN_REWRITTEN_KEY;
  }
  const strict = given !== 'same';
  return sameName(nameWords().similarity, key, other, maxEdits(key, other), vouched ? MIN_SIMILAR_VOUCHED : MIN_SIMILAR_ALONE, strict);
}

/** Surnames, and names of one word: "al-Soudani" against "al-Sudani". */
function checkSurnames(ctx: Context, group: readonly Occurrence[]): void {
  const variants = variantsOf(group);
  if (variants.length < 2) return;
  const preferred = preferredOf(variants);
  if (!preferred) return;
  const model = preferred.occurrences.find((o) => !o.weak)!;
  const modelPart = model.part!;
  const core = ctx.text.slice(modelPart.coreStart, modelPart.end);
  const shown = ctx.text.slice(modelPart.start, modelPart.end);
  for (const v of variants) {
    if (v === preferred || (preferred.source && !v.source) || !surnamesMatch(v, preferred)) continue;
    for (const o of v.occurrences) {
      if ((o.weak && !v.source && !accentsOnly(v, preferred) && o.key.length < MIN_WEAK_KEY) || ctx.flagged.has(o.mention)) continue;
      if (accentsOnly(v, preferred) && inForeignName(ctx.text, o)) continue;
      const part = o.part!;
      const suggestion = ctx.text.slice(o.mention.start, part.coreStart) + caseLike(ctx.text.slice(part.coreStart, part.end), core) + ctx.text.slice(part.end, o.mention.end);
      emitVariant(ctx, o, suggestion, shown);
    }
  }
}

function add(map: Map<string, Group<Occurrence>>, key: string, o: Occurrence): void {
  const group = map.get(key);
  if (group === undefined) map.set(key, newGroup(key, o));
  else group.add(o);
}

function collect(article: Article, normalizer: NameNormalizer, respeller: Respeller) {
  const text = article.text;
  const wholes = new Map<string, Group<Occurrence>>();
  const surnames = new Map<string, Group<Occurrence>>();
  const mentions = namesOf(article);
  for (let order = 0; order < mentions.length; order++) {
    const mention = mentions[order]!;
    const parts = mention.parts;
    let words: NameForms[] | undefined;
    let last: NameForms | undefined;
    let lastIndex = -1;
    let lastCore = '';
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!;
      // A demonym inside a name is one of its words ("Shia" in "Mohammed Shia al-Sudani", French "Chia").
      if (part.kind !== 'name' && part.kind !== 'demonym') continue;
      const core = text.slice(part.coreStart, part.end);
      const forms = normalizer.forms(core);
      if (last) (words ??= [last]).push(forms);
      last = forms;
      lastCore = core;
      lastIndex = index;
    }
    if (!last) continue;
    const marked = respeller.marked(text, mention);
    const weak = mention.titleCase || (mention.sentenceStart && parts.length === 1);
    let given = NO_GIVEN;
    let wholeKey = '';
    let wholeForm = '';
    let source = false;
    if (words) {
      const keys: string[] = [];
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        if (i < words.length - 1) keys.push(w.key);
        wholeKey += w.key;
        wholeForm += w.form;
      }
      given = keys;
      // Source-looking: any word the transliteration rule would respell.
      for (let index = 0; index < parts.length && !source; index++) {
        const part = parts[index]!;
        if (part.kind !== 'name' && part.kind !== 'demonym') continue;
        source = respeller.respell(text.slice(part.coreStart, part.end), marked) !== undefined;
      }
    }
    const lastSource = respeller.respell(lastCore, marked) !== undefined;
    if (words && wholeKey.length >= MIN_KEY) {
      add(wholes, wholeKey, { mention, order, part: undefined, key: wholeKey, form: wholeForm, source, weak, marked, given: NO_GIVEN, prefixed: false, words });
    }
    if (last.key.length < MIN_KEY) continue;
    const part = parts[lastIndex]!;
    const before = parts[lastIndex - 1];
    add(surnames, last.key, {
      mention,
      order,
      part,
      key: last.key,
      form: last.form,
      source: lastSource,
      weak,
      marked,
      given,
      prefixed: part.coreStart > part.start || (before !== undefined && before.kind === 'particle'),
    });
  }
  return { wholes, surnames };
}

/** Whole names link when their word keys do (wholeNamesMatch decides later); surnames by their keys. */
function wholeKeysClose(a: Group<Occurrence>, b: Group<Occurrence>): boolean {
  const wa = a.first.words!;
  const wb = b.first.words!;
  if (wa.length !== wb.length) return false;
  let differing = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i]!.key;
    const y = wb[i]!.key;
    if (x === y) continue;
    if (++differing > 1 || !sameName(nameWords().similarity, x, y, maxEdits(x, y), MIN_SIMILAR_VOUCHED, false)) return false;
  }
  return true;
}

function surnameKeysClose(a: Group<Occurrence>, b: Group<Occurrence>): boolean {
  return sameName(nameWords().similarity, a.key, b.key, maxEdits(a.key, b.key), MIN_SIMILAR_VOUCHED, false);
}

/** The groups to check: every group with two spellings, and every set of linked groups. */
function* clusters(groups: Iterable<Group<Occurrence>>): Generator<readonly Occurrence[]> {
  for (const group of groups) {
    if (rootOf(group) !== group) continue;
    if (group.members.length > 1) {
      const all = group.members.flatMap((g) => g.occurrences).sort((x, y) => x.order - y.order);
      yield all;
    } else if (group.twoForms) yield group.occurrences;
  }
}

/**
 * One name spelt two ways in one story: "Hachd al-Chaabi" in one paragraph
 * and "Hashd al-Shaabi" in another, "al-Soudani" and "al-Sudani", "Ismaïl"
 * and "Ismail", "Haftar" and "Hafter". Names are grouped by a comparison key
 * (names/normalize.ts), and groups whose keys differ by a soft edit
 * (names/similar.ts) are linked, whole names first, then surnames and
 * one-word names. Guards keep different people and places apart: first
 * names that differ, pairs English itself keeps apart, short names, a longer
 * form of a word (Sudan, Sudani). In a group with two spellings the
 * source-looking one, else the rarer, else the later one is flagged, with the
 * other as the fix.
 */
export const nameVariantRule: RuleFactory = (profiles) => {
  const normalizer = createNameNormalizer(profiles);
  const respeller = createRespeller(profiles);
  return {
    family: 'name-variant',
    rules: [
      {
        id: RULE_ID,
        description: 'One name spelt two ways in the same story ("Hachd al-Chaabi" and "Hashd al-Shaabi", "Ismaïl" and "Ismail").',
      },
    ],
    run({ article, emit }) {
      const { wholes, surnames } = collect(article, normalizer, respeller);
      const ctx: Context = { text: article.text, flagged: new Set(), emit };
      linkSimilar(wholes.values(), wholeKeysClose);
      linkSimilar(surnames.values(), surnameKeysClose, MIN_SIMILAR_VOUCHED);
      for (const group of clusters(wholes.values())) checkWholeNames(ctx, group);
      for (const group of clusters(surnames.values())) checkSurnames(ctx, group);
      for (const { occurrence, keep } of joinedVariants(article.text, namesOf(article))) {
        emit({
          start: occurrence.start,
          end: occurrence.end,
          rule: RULE_ID,
          category: 'terminology/inconsistent',
          severity: 'minor',
          message: `Written “${keep}” elsewhere in this story.`,
          suggestions: [keep],
        });
      }
    },
  };
};
