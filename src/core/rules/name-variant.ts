import type { Article } from '../article/article';
import type { Finding } from '../model/finding';
import { namesOf } from '../names/extract-names';
import { collapseDoubles, foldDiacritics } from '../names/fold';
import type { NameMention, NamePart } from '../names/name-mention';
import { createNameNormalizer, type NameForms, type NameNormalizer } from '../names/normalize';
import { createRespeller, type Respeller } from '../names/respell';
import type { RuleFactory } from './rule';

const RULE_ID = 'name-variant';

/** Keys shorter than this are too short to tell two names from two spellings ("Li", "Wu"). */
const MIN_KEY = 3;
/**
 * A surname that differs by more than accents or doubled letters (Chen/Shen,
 * Luis/Louis) must be at least this long, or marked as Arabic, to count as
 * one name spelt two ways.
 */
const MIN_REWRITTEN_KEY = 6;

/** One mention seen as a whole name, or through its surname. */
interface Occurrence {
  readonly mention: NameMention;
  readonly order: number;
  /** The compared part (the surname), or undefined for a whole name. */
  readonly part: NamePart | undefined;
  readonly form: string;
  /** Looks like the source language: the transliteration rule would respell it. */
  readonly source: boolean;
  /** Its capital proves nothing (opens a sentence, or in a title-case heading). */
  readonly weak: boolean;
  readonly marked: boolean;
  /** Keys of the other name words ("mohamed|shia"), empty for a surname on its own. */
  readonly given: string;
  /** Has an Arabic article before the surname ("al-Sudani", "al Sudani"). */
  readonly prefixed: boolean;
  /** For a whole name, the key and form of each of its words. */
  readonly words?: readonly NameForms[];
}

interface Variant {
  readonly form: string;
  readonly occurrences: Occurrence[];
  source: boolean;
  strong: boolean;
  marked: boolean;
}

interface Context {
  readonly text: string;
  readonly flagged: Set<NameMention>;
  readonly emit: (finding: Finding) => void;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How two spellings differ: only in accents, also in doubled letters, or in letters. */
function difference(a: string, b: string): 'diacritics' | 'doubled' | 'letters' {
  const fa = foldDiacritics(a);
  const fb = foldDiacritics(b);
  if (fa === fb) return 'diacritics';
  return collapseDoubles(fa) === collapseDoubles(fb) ? 'doubled' : 'letters';
}

function variantsOf(group: readonly Occurrence[]): Variant[] {
  const byForm = new Map<string, Variant>();
  for (const o of group) {
    let v = byForm.get(o.form);
    if (!v) {
      v = { form: o.form, occurrences: [], source: false, strong: false, marked: false };
      byForm.set(o.form, v);
    }
    v.occurrences.push(o);
    v.source ||= o.source;
    v.strong ||= !o.weak;
    v.marked ||= o.marked;
  }
  return [...byForm.values()];
}

/**
 * The spelling to keep: English-looking before source-looking, then the most
 * frequent, then the first seen. Only a spelling seen at least once where its
 * capital means something can be kept.
 */
function preferredOf(variants: readonly Variant[]): Variant | undefined {
  const strong = variants.filter((v) => v.strong);
  const english = strong.filter((v) => !v.source);
  const pool = english.length > 0 ? english : strong;
  let best: Variant | undefined;
  for (const v of pool) {
    if (
      !best ||
      v.occurrences.length > best.occurrences.length ||
      (v.occurrences.length === best.occurrences.length && v.occurrences[0]!.order < best.occurrences[0]!.order)
    ) {
      best = v;
    }
  }
  return best;
}

/** Different given names on every side: two people who share a surname, not one name spelt twice. */
function differentPeople(a: Variant, b: Variant): boolean {
  if (a.occurrences.some((o) => o.given === '') || b.occurrences.some((o) => o.given === '')) return false;
  const given = new Set(a.occurrences.map((o) => o.given));
  return !b.occurrences.some((o) => given.has(o.given));
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
 * Two spellings of a whole name that differ in letters, not only in accents
 * or doubled letters, count when the name is marked as Arabic or each word
 * that differs is long enough: "Chang Wei" and "Shang Wei" are two people.
 */
function wordsDifferEnough(a: Variant, b: Variant): boolean {
  if (a.marked || b.marked || difference(a.form, b.form) !== 'letters') return true;
  const wa = a.occurrences[0]!.words!;
  const wb = b.occurrences[0]!.words!;
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => w.form === wb[i]!.form || difference(w.form, wb[i]!.form) !== 'letters' || w.key.length >= MIN_REWRITTEN_KEY);
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
    if (v === preferred || !wordsDifferEnough(v, preferred)) continue;
    for (const o of v.occurrences) {
      if ((o.weak && !v.source) || ctx.flagged.has(o.mention)) continue;
      emitVariant(ctx, o, caseLike(ctx.text.slice(o.mention.start, o.mention.end), shown), shown);
    }
  }
}

/** Surnames, and names of one word: "al-Soudani" against "al-Sudani". */
function checkSurnames(ctx: Context, key: string, group: readonly Occurrence[]): void {
  const variants = variantsOf(group);
  if (variants.length < 2) return;
  const preferred = preferredOf(variants);
  if (!preferred) return;
  const model = preferred.occurrences.find((o) => !o.weak)!;
  const modelPart = model.part!;
  const core = ctx.text.slice(modelPart.coreStart, modelPart.end);
  const shown = ctx.text.slice(modelPart.start, modelPart.end);
  for (const v of variants) {
    if (v === preferred || differentPeople(v, preferred)) continue;
    const kind = difference(v.form, preferred.form);
    if (kind === 'doubled' && !(v.occurrences.some((o) => o.prefixed) && preferred.occurrences.some((o) => o.prefixed))) continue;
    if (kind === 'letters' && key.length < MIN_REWRITTEN_KEY && !v.marked && !preferred.marked) continue;
    for (const o of v.occurrences) {
      if ((o.weak && !v.source) || ctx.flagged.has(o.mention)) continue;
      const part = o.part!;
      const suggestion = ctx.text.slice(o.mention.start, part.coreStart) + caseLike(ctx.text.slice(part.coreStart, part.end), core) + ctx.text.slice(part.end, o.mention.end);
      emitVariant(ctx, o, suggestion, shown);
    }
  }
}

/** Only groups with two spellings need a closer look; most hold one. */
function hasTwoForms(group: readonly Occurrence[]): boolean {
  const first = group[0]!.form;
  for (let i = 1; i < group.length; i++) if (group[i]!.form !== first) return true;
  return false;
}

function collect(article: Article, normalizer: NameNormalizer, respeller: Respeller) {
  const text = article.text;
  const wholes = new Map<string, Occurrence[]>();
  const surnames = new Map<string, Occurrence[]>();
  const mentions = namesOf(article);
  for (let order = 0; order < mentions.length; order++) {
    const mention = mentions[order]!;
    const parts = mention.parts;
    const marked = respeller.marked(text, mention);
    const weak = mention.titleCase || (mention.sentenceStart && parts.length === 1);
    let words: NameForms[] | undefined;
    let wholeKey = '';
    let wholeForm = '';
    let given = '';
    let source = false;
    let lastIndex = -1;
    let last: NameForms | undefined;
    let lastSource = false;
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!;
      // A demonym inside a name is one of its words ("Shia" in "Mohammed Shia al-Sudani", French "Chia").
      if (part.kind !== 'name' && part.kind !== 'demonym') continue;
      const core = text.slice(part.coreStart, part.end);
      const forms = normalizer.forms(core);
      if (last) {
        (words ??= [last]).push(forms);
        given = given === '' ? last.key : `${given}|${last.key}`;
      }
      wholeKey += forms.key;
      wholeForm += forms.form;
      last = forms;
      lastSource = respeller.respell(core, marked) !== undefined;
      source ||= lastSource;
      lastIndex = index;
    }
    if (!last) continue;
    if (words && wholeKey.length >= MIN_KEY) {
      push(wholes, wholeKey, { mention, order, part: undefined, form: wholeForm, source, weak, marked, given: '', prefixed: false, words });
    }
    if (last.key.length < MIN_KEY) continue;
    const part = parts[lastIndex]!;
    const before = parts[lastIndex - 1];
    push(surnames, last.key, {
      mention,
      order,
      part,
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

/**
 * One name spelt two ways in one story: "Hachd al-Chaabi" in one paragraph
 * and "Hashd al-Shaabi" in another, "al-Soudani" and "al-Sudani", "Ismaïl" and
 * "Ismail". Names are grouped by a comparison key (names/normalize.ts) in
 * maps, whole names first, then surnames and one-word names; in a group with
 * two spellings the source-looking one, else the rarer, else the later one is
 * flagged, with the other as the fix.
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
      for (const group of wholes.values()) if (hasTwoForms(group)) checkWholeNames(ctx, group);
      for (const [key, group] of surnames) if (hasTwoForms(group)) checkSurnames(ctx, key, group);
    },
  };
};
