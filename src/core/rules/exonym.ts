import type { Paragraph } from '../article/article';
import { paragraphWords } from '../article/paragraph-words';
import { foldAccents } from '../places/fold';
import { compileExonymTable, nameKey, type ExonymForm, type ExonymTable } from '../places/exonym-table';
import { CONNECTORS, FOLLOWERS, OPENERS, isGloss } from '../places/name-guards';
import { hasJoiner, isApostrophe, isUpperAt, keyOf, partText, partsOfWords, vocabularyKeys, wordHitsOf, type Part, type WordHits } from '../places/parts';
import type { Finding } from '../model/finding';
import type { Profile } from '../profiles/profile';
import type { RuleContext, RuleFactory } from './rule';
import { createPlaceWordMatcher } from './exonym-place-words';

const RULE_ID = 'exonym';

/** Kinds whose English name takes "the" in a sentence ("the Tigris", "the Red Sea"). */
const THE_KINDS: ReadonlySet<string> = new Set(['river', 'sea']);

/** Compiled tables by profile set, so that analyzers built on the same profiles share one. */
const tables = new WeakMap<readonly Profile[], ExonymTable>();

interface Match {
  readonly start: number;
  readonly end: number;
  /** End of the name without an absorbed cue word. */
  readonly nameEnd: number;
  readonly cue: string | null;
  /** Index of the last part consumed. */
  readonly last: number;
  readonly viaThe: boolean;
}

/**
 * Place names that MT left in French or Spanish ("Tigre River", "Beyrouth",
 * "Arabie saoudite", "Estados Unidos"). Names come from each profile's curated
 * list and from ICU's country names in the profile's locale. A name is skipped
 * when it reads as part of a longer foreign proper name that English copy keeps
 * (Banque du Liban, Royal Air Maroc, Credit Suisse, Alpes-Maritimes), when the
 * story is about the homonym (Tigre near Buenos Aires), or when it is glossed.
 */
export const exonymRule: RuleFactory = (profiles) => {
  let table = tables.get(profiles);
  const placeWords = createPlaceWordMatcher(profiles);
  return {
    family: 'exonym',
    rules: [{ id: RULE_ID, description: 'Place name left in the source language (Tigre River for Tigris River, Beyrouth for Beirut).' }],
    run(ctx) {
      // Built on first use: deriving ICU country names costs a few milliseconds.
      if (table === undefined) {
        table = compileExonymTable(profiles);
        tables.set(profiles, table);
      }
      const named: Finding[] = [];
      runExonyms({ ...ctx, emit: (f) => (named.push(f), ctx.emit(f)) }, table);
      // A listed name ("lac Tchad" is Lake Chad) says more than the place word's frame.
      // Both lists are in text order: one walk finds the overlaps.
      let n = 0;
      for (const f of placeWords.find(ctx.article)) {
        while (n < named.length && named[n]!.end <= f.start) n++;
        if (n < named.length && named[n]!.start < f.end) continue;
        ctx.emit(f);
      }
    },
  };
};

/**
 * The first-part keys of the names that can be in the story: every part of at
 * least one of their forms occurs somewhere in it. Most stories have none, and
 * a word such as "america" or "saint" only counts when "latina" or
 * "pétersbourg" is there too.
 */
function liveKeys(vocabulary: ReadonlySet<string>, table: ExonymTable): { live: Set<string>; hits: WordHits } | undefined {
  // Vocabulary words that hold a first-part key, and the key; joined words also give their parts.
  let found: [string, string][] | undefined;
  let joined: Set<string> | undefined;
  for (const v of vocabulary) {
    if (!hasJoiner(v)) {
      if (table.byFirstKey.has(v)) (found ??= []).push([v, v]);
      continue;
    }
    for (const k of vocabularyKeys(v)) {
      (joined ??= new Set()).add(k);
      if (table.byFirstKey.has(k)) (found ??= []).push([v, k]);
    }
  }
  if (found === undefined) return undefined;
  const has = (k: string) => vocabulary.has(k) || joined?.has(k) === true;
  const live = new Set<string>();
  const dead = new Set<string>();
  const words: string[] = [];
  for (const [v, k] of found) {
    if (!live.has(k) && !dead.has(k)) {
      if (table.byFirstKey.get(k)!.some((f) => f.keys.every(has))) live.add(k);
      else dead.add(k);
    }
    if (live.has(k)) words.push(v);
  }
  const hits = wordHitsOf(words);
  return hits === undefined ? undefined : { live, hits };
}

function runExonyms(ctx: RuleContext, table: ExonymTable): void {
  const { article } = ctx;
  const vocabulary = article.vocabulary();
  const found = liveKeys(vocabulary, table);
  if (found === undefined) return;
  const { live, hits } = found;
  const keyLengths = new Set<number>();
  for (const k of live) keyLengths.add(k.length);
  const text = article.text;
  // Which paragraphs hold a hit, from the word table: no word objects or strings for the others.
  const words = article.wordTable();
  const hitForm = new Uint8Array(words.forms.length);
  for (let id = 0; id < words.forms.length; id++) if (hits.words.has(words.forms[id]!)) hitForm[id] = 1;
  for (let k = 0; k < article.paragraphs.length; k++) {
    const last = words.paragraphFirst[k + 1]!;
    let hit = false;
    for (let i = words.paragraphFirst[k]!; i < last && !hit; i++) {
      // The same tests as isWordHit, on numbers: raw length, raw first character, then the form.
      hit = hitForm[words.ids[i]!] === 1 && hits.lengths.has(words.ends[i]! - words.starts[i]!) && hits.firstChars.has(text.charCodeAt(words.starts[i]!));
    }
    if (!hit) continue;
    const paragraph = article.paragraphs[k]!;
    scanParagraph(ctx, table, paragraph, partsOfWords(text, paragraphWords(article, paragraph)), vocabulary, live, keyLengths);
  }
}

function scanParagraph(
  ctx: RuleContext,
  table: ExonymTable,
  paragraph: Paragraph,
  parts: readonly Part[],
  vocabulary: ReadonlySet<string>,
  live: ReadonlySet<string>,
  keyLengths: ReadonlySet<number>,
): void {
  const text = ctx.article.text;
  for (let j = 0; j < parts.length; j++) {
    const part = parts[j]!;
    if (!keyLengths.has(part.end - part.start)) continue;
    const key = keyOf(partText(text, part));
    if (!live.has(key)) continue;
    for (const form of table.byFirstKey.get(key)!) {
      const m = matchAt(text, table, parts, j, form, paragraph, vocabulary);
      if (m === undefined) continue;
      emit(ctx, text, form, m);
      j = m.last;
      break;
    }
  }
}

function matchAt(
  text: string,
  table: ExonymTable,
  parts: readonly Part[],
  j: number,
  form: ExonymForm,
  paragraph: Paragraph,
  vocabulary: ReadonlySet<string>,
): Match | undefined {
  const n = form.parts.length;
  if (j + n > parts.length) return undefined;
  for (let i = 0; i < n; i++) {
    const part = parts[j + i]!;
    const want = form.parts[i]!;
    if (i > 0 && (part.joint === 'other' || part.elision !== want.elision)) return undefined;
    if (partText(text, part) !== want.text) return undefined;
  }
  const first = parts[j]!;
  // "Banque d’Algérie": a name after an elided "de" belongs to a French proper name.
  if (first.elision === 'd') return undefined;
  let startIndex = j;
  let start = first.outer;
  let viaThe = false;
  if (form.articles !== null) {
    const article = parts[j - 1];
    if (article === undefined || first.joint !== 'space' || first.elision !== '') return undefined;
    const word = partText(text, article);
    if (!form.articles.has(word)) return undefined;
    viaThe = word === 'the' || word === 'The';
    startIndex = j - 1;
    start = article.outer;
  }
  const last = j + n - 1;
  const nameEnd = parts[last]!.end;
  const target = form.target;
  const before = startIndex > 0 && parts[startIndex]!.joint !== 'other' ? parts[startIndex - 1]! : undefined;
  const beforeText = before ? partText(text, before) : '';
  const beforeJoint = parts[startIndex]!.joint;
  const after = parts[last + 1]?.joint === 'space' || parts[last + 1]?.joint === 'hyphen' ? parts[last + 1] : undefined;
  const afterText = after ? partText(text, after) : '';

  if (target.before !== null || target.after !== null) {
    const cued =
      (before !== undefined && beforeJoint === 'space' && target.before?.has(beforeText) === true) ||
      (after !== undefined && after.joint === 'space' && target.after?.has(afterText) === true);
    if (!cued) return undefined;
  }

  if (before !== undefined) {
    if (CONNECTORS.has(beforeText.toLowerCase())) return undefined;
    // "Syria’s Alep": a possessive ends the name before; it does not run on into this one.
    const possessive = isApostrophe(text.charCodeAt(before.end));
    if (!possessive && isUpperAt(text, before.start) && !OPENERS.has(beforeText) && target.before?.has(beforeText) !== true) {
      // "Credit Suisse", "Horatio Alger", "Auvergne-Rhône-Alpes"; but "Irak-Syrie" is two names.
      if (beforeJoint === 'space' || !table.byFirstKey.has(keyOf(beforeText))) return undefined;
    }
  }

  let end = nameEnd;
  let lastUsed = last;
  let cue: string | null = null;
  if (after !== undefined && after.joint === 'space' && target.absorb.has(afterText)) {
    cue = afterText;
    end = after.end;
    lastUsed = last + 1;
  }
  const next = parts[lastUsed + 1];
  // "Bagdad’s Green Zone": after a possessive the next word is not part of the name.
  if (next !== undefined && next.joint !== 'other' && !isApostrophe(text.charCodeAt(parts[lastUsed]!.end))) {
    const nextText = partText(text, next);
    if (next.joint === 'hyphen' && CONNECTORS.has(nextText.toLowerCase())) return undefined;
    if (isUpperAt(text, next.start) && !FOLLOWERS.has(nextText)) {
      // "Alger Hiss", "Tokio Marine", "Maroc Telecom", "Alpes-Maritimes".
      if (next.joint === 'space' || !table.byFirstKey.has(keyOf(nextText))) return undefined;
    }
  }

  for (const phrase of target.unlessNear) {
    if (phrase.every((w) => vocabulary.has(w))) return undefined;
  }
  if (isGloss(text, { start, end: nameEnd }, paragraph)) return undefined;
  return { start, end, nameEnd, cue, last: lastUsed, viaThe };
}

/** "The Hague" after a lower-case "the" in the copy reads "the Hague". */
function matchCase(english: string, original: string): string {
  if (english.startsWith('The ') && original.startsWith('the ')) return 't' + english.slice(1);
  return english;
}

function emit(ctx: RuleContext, text: string, form: ExonymForm, m: Match): void {
  const { entry, profile } = form.target;
  const original = text.slice(m.start, m.nameEnd);
  const suggestions = entry.english.map((name) => {
    const fixed = matchCase(name, original);
    if (m.cue === null || fixed.toLowerCase().endsWith(` ${m.cue.toLowerCase()}`)) return fixed;
    return `${fixed} ${m.cue}`;
  });
  const shown = m.viaThe ? entry.source : original;
  const english = entry.english[0]!;
  const spelling = nameKey(foldAccents(entry.source)).toLowerCase() === nameKey(foldAccents(english)).toLowerCase();
  const the = THE_KINDS.has(entry.kind) || (entry.kind === 'mountain' && /s$/.test(english)) ? (english.startsWith('The ') ? '' : 'the ') : '';
  ctx.emit({
    start: m.start,
    end: m.end,
    rule: RULE_ID,
    category: 'accuracy/mistranslation',
    severity: 'major',
    message: `“${shown}” is the ${form.languages.join(' and ')} ${spelling ? 'spelling' : 'name'}; in English it is ${the}${english}.`,
    suggestions,
    profile: profile.id,
  });
}
