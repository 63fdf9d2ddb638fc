import type { Paragraph } from '../article/article';
import { wordsIn } from '../article/words';
import { acronymLookalike } from '../places/english-lookalikes';
import { isGloss } from '../places/name-guards';
import { isAllCaps, isWordCharAt, spanAt, vocabularyKeys, wordAfter, wordBefore } from '../places/parts';
import type { AcronymEntry, Profile } from '../profiles/profile';
import type { RuleContext, RuleFactory } from './rule';

const RULE_ID = 'source-acronym';

interface AcronymForm {
  readonly entry: AcronymEntry;
  readonly profile: Profile;
  /** English names of the source languages that share it ("French and Spanish"). */
  readonly languages: string[];
  /** Vocabulary words (lower case) of which one must be in the story for the acronym to be there at all. */
  readonly probes: readonly string[];
  /** Lower-case words of which one must be in the story (null: none needed). */
  readonly context: readonly string[] | null;
  /** Lower-case phrases (as word lists) whose presence rules the source meaning out. */
  readonly unlessNear: readonly (readonly string[])[];
}

/**
 * How the acronym shows in Article.vocabulary(): its leading letters as a word,
 * alone or glued to an elided article or a possessive ("l’onu", "onu’s").
 */
function probesOf(source: string): string[] {
  const first = wordsIn(source)[0];
  const key = (first === undefined ? source : source.slice(first.start, first.end)).toLowerCase();
  const out = [key];
  for (const a of ["'", '’']) out.push(`l${a}${key}`, `d${a}${key}`, `${key}${a}s`);
  return out;
}

interface AcronymTable {
  /** Longest source first, so that "EE. UU." is tried before a shorter form could take its start, and "EIIL" before "EI". */
  readonly forms: readonly AcronymForm[];
  /** Forms by the vocabulary words that reveal them. */
  readonly byProbe: ReadonlyMap<string, readonly AcronymForm[]>;
}

function compile(profiles: readonly Profile[]): AcronymTable {
  const bySource = new Map<string, AcronymForm>();
  for (const profile of profiles) {
    for (const entry of profile.acronyms) {
      const known = bySource.get(entry.source);
      if (known !== undefined) {
        if (known.entry.english[0] === entry.english[0] && !known.languages.includes(profile.name)) known.languages.push(profile.name);
        continue;
      }
      const lookalike = acronymLookalike(entry.source);
      bySource.set(entry.source, {
        entry,
        profile,
        languages: [profile.name],
        probes: probesOf(entry.source),
        context: lookalike ? lookalike.context : null,
        unlessNear: (lookalike?.unlessNear ?? []).map((p) => p.split(/\s+/).flatMap((w) => vocabularyKeys(w.toLowerCase()))),
      });
    }
  }
  const forms = [...bySource.values()].sort((a, b) => b.entry.source.length - a.entry.source.length);
  const byProbe = new Map<string, AcronymForm[]>();
  for (const form of forms) {
    for (const probe of form.probes) {
      let list = byProbe.get(probe);
      if (list === undefined) byProbe.set(probe, (list = []));
      list.push(form);
    }
  }
  return { forms, byProbe };
}

/**
 * Source-language acronyms where English uses its own: ONU for UN, OTAN for
 * NATO, EI for IS, Finul for UNIFIL, EEUU for US. Matched whole and
 * case-sensitively; acronyms that are also English ones (CPI, BCE, EI, PAM)
 * need the story to speak of their source meaning (places/english-lookalikes.json).
 */
export const acronymRule: RuleFactory = (profiles) => {
  const { forms, byProbe } = compile(profiles);
  return {
    family: 'acronym',
    rules: [{ id: RULE_ID, description: 'Acronym left in its source-language form (ONU for UN, OTAN for NATO, EI for IS).' }],
    run(ctx) {
      const { article } = ctx;
      const vocabulary = article.vocabulary();
      const text = article.text;
      // One pass over the story's vocabulary finds the few acronyms that can be there.
      let present: Set<AcronymForm> | undefined;
      for (const v of vocabulary) {
        const found = byProbe.get(v);
        if (found !== undefined) for (const f of found) (present ??= new Set()).add(f);
        else if (v.indexOf('-') > 0) {
          // "pro-otan", "onu-backed": look at the pieces.
          for (const piece of v.split('-')) for (const f of byProbe.get(piece) ?? []) (present ??= new Set()).add(f);
        }
      }
      if (present === undefined) return;
      const taken = new Set<number>();
      for (const form of forms) {
        if (!present.has(form)) continue;
        if (form.context !== null && !form.context.some((w) => vocabulary.has(w))) continue;
        if (form.unlessNear.some((phrase) => phrase.every((w) => vocabulary.has(w)))) continue;
        const source = form.entry.source;
        for (let at = text.indexOf(source); at >= 0; at = text.indexOf(source, at + source.length)) {
          const end = at + source.length;
          // Whole words only: not the "UE" of "UEFA" or "BLUE".
          if (isWordCharAt(text, at - 1) || isWordCharAt(text, end) || taken.has(at)) continue;
          const paragraph = spanAt(article.paragraphs, at);
          if (paragraph === undefined || !plausible(text, forms, at, end, paragraph)) continue;
          taken.add(at);
          emit(ctx, form, at, end);
        }
      }
    },
  };
};

const NUMBER = /^[\d.,]+$/;

function plausible(text: string, forms: readonly AcronymForm[], start: number, end: number, paragraph: Paragraph): boolean {
  const prev = wordBefore(text, start);
  const next = wordAfter(text, end);
  // "500 BCE": an era or unit after a number, not an organisation.
  if (prev !== undefined && NUMBER.test(text.slice(prev.start, prev.end))) return false;
  // Next to a run of capitals ("ONU SAYS"): a shouted headline or a code, not an acronym in a sentence.
  for (const w of [prev, next]) {
    if (w === undefined || w.end - w.start < 4 || !isAllCaps(text, w.start, w.end)) continue;
    const word = text.slice(w.start, w.end);
    if (!forms.some((f) => f.entry.source === word)) return false;
  }
  return !isGloss(text, { start, end }, paragraph);
}

function emit(ctx: RuleContext, form: AcronymForm, start: number, end: number): void {
  const { entry } = form;
  const english = entry.english[0]!;
  const meaning = entry.meaning !== '' && entry.meaning !== english ? ` (${entry.meaning})` : '';
  ctx.emit({
    start,
    end,
    rule: RULE_ID,
    category: 'terminology/wrong-term',
    severity: 'major',
    message: `“${entry.source}” is the ${form.languages.join(' and ')} form; in English it is ${english}${meaning}.`,
    suggestions: entry.english,
    profile: form.profile.id,
  });
}
