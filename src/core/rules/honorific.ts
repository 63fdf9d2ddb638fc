import type { Article } from '../article/article';
import type { Word } from '../article/words';
import { isHonorificLookalike } from '../places/english-lookalikes';
import { FOLLOWERS, OPENERS, isGloss } from '../places/name-guards';
import { isUpperAt, isWhitespaceGap, isWordCharAt, spanAt, wordAfter, wordBefore } from '../places/parts';
import type { HonorificEntry, Profile } from '../profiles/profile';
import type { RuleContext, RuleFactory } from './rule';

const RULE_ID = 'source-honorific';

interface HonorificForm {
  readonly entry: HonorificEntry;
  readonly profile: Profile;
  readonly languages: string[];
  /** Lower-case leading letters ("m" for "M."), as the title shows in Article.vocabulary(). */
  readonly key: string;
  /** The title is also an English abbreviation ("M." an initial, "Sr." Senior): it needs a surname the story gives in full elsewhere. */
  readonly needsEvidence: boolean;
}

function compile(profiles: readonly Profile[]): HonorificForm[] {
  const bySource = new Map<string, HonorificForm>();
  for (const profile of profiles) {
    for (const entry of profile.honorifics) {
      const known = bySource.get(entry.source);
      if (known !== undefined) {
        if (!known.languages.includes(profile.name)) known.languages.push(profile.name);
        continue;
      }
      const m = /^[\p{L}\p{M}]+/u.exec(entry.source);
      const key = (m === null ? entry.source : m[0]).toLowerCase();
      bySource.set(entry.source, { entry, profile, languages: [profile.name], key, needsEvidence: isHonorificLookalike(entry.source) });
    }
  }
  return [...bySource.values()].sort((a, b) => b.entry.source.length - a.entry.source.length);
}

/**
 * Source-language titles before a name: "M. Mikati" (Mr. Mikati, or wire
 * style's bare "Mikati"), "Mme Borne", "Sra. Sheinbaum". Titles that are also
 * English abbreviations ("M." an initial, "Sr." Senior or Sister, British
 * "Mgr", the name "Don") count only before a bare surname that the story also
 * gives after a first name or a title (Najib Mikati ... M. Mikati), which
 * native copy with initials (M. Night Shyamalan, M. Karunanidhi) does not.
 */
export const honorificRule: RuleFactory = (profiles) => {
  const forms = compile(profiles);
  const titles = new Set(forms.map((f) => f.entry.source.replace(/\.$/, '')));
  return {
    family: 'honorific',
    rules: [{ id: RULE_ID, description: 'Source-language title before a name (M. for Mr., Mme for Ms., Sr. for Mr.).' }],
    run(ctx) {
      const { article } = ctx;
      const vocabulary = article.vocabulary();
      const text = article.text;
      let evidence: ReadonlySet<string> | undefined;
      const taken = new Set<number>();
      for (const form of forms) {
        if (!vocabulary.has(form.key)) continue;
        const source = form.entry.source;
        for (let at = text.indexOf(source); at >= 0; at = text.indexOf(source, at + source.length)) {
          if (taken.has(at)) continue;
          const end = titleEnd(text, at, source);
          if (end < 0) continue;
          const name = nameAfter(text, at, end, titles, !form.needsEvidence);
          if (name === undefined) continue;
          if (form.needsEvidence) {
            evidence ??= surnamesAfterNames(article, titles);
            if (!bareKnownSurname(text, name, evidence)) continue;
          }
          const paragraph = spanAt(article.paragraphs, at);
          if (paragraph === undefined || isGloss(text, { start: at, end }, paragraph)) continue;
          taken.add(at);
          emit(ctx, form, at, end);
        }
      }
    },
  };
};

/** Characters that glue a title to what comes before it: a letter, a digit or the dot of "A.M." / "p.m.". */
const GLUE_BEFORE = /[\p{L}\p{N}.'’-]/u;

/** End of the title at `at` (taking a stray dot after a dotless title, "Mme."), or -1 when it is part of a longer word. */
function titleEnd(text: string, at: number, source: string): number {
  if (at > 0 && GLUE_BEFORE.test(text[at - 1]!)) return -1;
  let end = at + source.length;
  if (!source.endsWith('.')) {
    if (isWordCharAt(text, end)) return -1;
    if (text[end] === '.') end++;
  }
  return end;
}

const NUMBER = /^[\d.,]+$/;
const OPENING = /[\s"“‘'([«]/u;

/** True when the word at pos opens a sentence: only quotes, brackets and spaces since the last stop or the paragraph start. */
function opensSentence(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '…') return true;
    if (!OPENING.test(c)) return false;
  }
  return true;
}

/**
 * The capitalised name right after the title, or undefined when the title is
 * not one: after a capitalised word ("John M. Smith", "Martin Luther King Sr.";
 * a sentence's first word is let through for titles that are not English) or
 * a number, before an initial ("M. K. Stalin"), before a word in capitals.
 */
function nameAfter(text: string, at: number, end: number, titles: ReadonlySet<string>, sentenceStartOk: boolean): Word | undefined {
  const prev = wordBefore(text, at);
  if (prev !== undefined) {
    const p = text.slice(prev.start, prev.end);
    if (NUMBER.test(p)) return undefined;
    if (isUpperAt(text, prev.start) && !OPENERS.has(p) && !titles.has(p) && !(sentenceStartOk && opensSentence(text, prev.start))) return undefined;
  }
  if (end - at > 0 && end < text.length && !isWhitespaceGap(text, end, end + 1)) return undefined;
  const name = wordAfter(text, end);
  if (name === undefined || name.start - end > 2 || name.end - name.start < 2 || !isUpperAt(text, name.start)) return undefined;
  const word = text.slice(name.start, name.end);
  return word === word.toUpperCase() ? undefined : name;
}

/**
 * Words the story writes right after another capitalised word that is not a
 * title: the names it gives in full ("Najib Mikati", "Prime Minister Mikati").
 */
function surnamesAfterNames(article: Article, titles: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set<string>();
  const text = article.text;
  // Pairs of words in one paragraph, from the word table: no object per word.
  const { starts, ends, paragraphFirst } = article.wordTable();
  for (let k = 0; k < article.paragraphs.length; k++) {
    for (let i = paragraphFirst[k]! + 1, last = paragraphFirst[k + 1]!; i < last; i++) {
      const start = starts[i]!;
      const prevStart = starts[i - 1]!;
      const prevEnd = ends[i - 1]!;
      if (!isUpperAt(text, start) || !isUpperAt(text, prevStart) || !isWhitespaceGap(text, prevEnd, start)) continue;
      if (titles.has(text.slice(prevStart, prevEnd))) continue;
      out.add(text.slice(start, ends[i]!));
    }
  }
  return out;
}

/** The name after the title is one bare surname ("M. Mikati said") that the story also gives in full. */
function bareKnownSurname(text: string, name: Word, evidence: ReadonlySet<string>): boolean {
  const after = wordAfter(text, name.end);
  if (after !== undefined && isUpperAt(text, after.start) && !FOLLOWERS.has(text.slice(after.start, after.end))) return false;
  return evidence.has(text.slice(name.start, name.end));
}

/** What the title is: a source title, or an English word put for one ("Mister" for "Monsieur"). */
function titleNote(form: HonorificForm): string {
  const { entry } = form;
  const languages = form.languages.join(' and ');
  if (entry.renders === undefined) return `“${entry.source}” is a ${languages} title`;
  return `“${entry.source}” renders the ${languages} title “${entry.renders}” word for word`;
}

function emit(ctx: RuleContext, form: HonorificForm, start: number, end: number): void {
  const { entry } = form;
  const english = entry.english;
  const advice = english.length === 0 ? 'English drops it' : `in English write ${english.join(' or ')}`;
  ctx.emit({
    start,
    end,
    rule: RULE_ID,
    category: 'accuracy/untranslated',
    severity: 'minor',
    message: `${titleNote(form)}; ${advice}, or in wire style the surname alone.`,
    suggestions: english,
    profile: form.profile.id,
  });
}
