import type { Article } from '../article/article';
import type { Finding } from '../model/finding';
import type { Profile } from '../profiles/profile';
import { namesOf } from '../names/extract-names';
import { matchCase } from '../names/rewrite';
import { createRespeller, type Respeller } from '../names/respell';
import type { RuleFactory } from './rule';

const RULE_ID = 'transliteration';

/**
 * The first word of a sentence may be an English word that only looks like a
 * name ("Reaching Abu Dhabi..."); there only known spellings count.
 */
const ENGLISH_INFLECTION = /(?:ing|ed|ly|es)$/;

const LOWER_START = /^\p{Ll}/u;

function finding(start: number, end: number, suggestion: string, profile: Profile, what: string): Finding {
  return {
    start,
    end,
    rule: RULE_ID,
    category: 'fluency/spelling',
    severity: 'minor',
    message: `${profile.name} spelling of ${what}; English copy writes “${suggestion}”.`,
    suggestions: [suggestion],
    profile: profile.id,
  };
}

function checkNames(article: Article, respeller: Respeller, emit: (f: Finding) => void): void {
  const text = article.text;
  for (const mention of namesOf(article)) {
    const marked = respeller.marked(text, mention);
    let suggestion = '';
    let from = mention.start;
    let profile: Profile | undefined;
    mention.parts.forEach((part, i) => {
      if (part.kind !== 'name' && part.kind !== 'particle') return;
      const core = text.slice(part.coreStart, part.end);
      const patterns = marked && !(i === 0 && mention.sentenceStart && ENGLISH_INFLECTION.test(core));
      const respelt = respeller.respell(core, patterns);
      if (respelt === undefined) return;
      suggestion += text.slice(from, part.coreStart) + respelt.text;
      from = part.end;
      profile ??= respelt.profile;
    });
    if (profile === undefined) continue;
    suggestion += text.slice(from, mention.end);
    emit(finding(mention.start, mention.end, suggestion, profile, 'a name'));
  }
}

/** Lower-case words with a known source spelling ("djihadist"); capitalised ones are names, checked above. */
function checkCommonWords(article: Article, respeller: Respeller, emit: (f: Finding) => void): void {
  const common = respeller.commonWords;
  if (common.size === 0) return;
  const vocabulary = article.vocabulary();
  let any = false;
  for (const word of common.keys()) {
    if (vocabulary.has(word)) {
      any = true;
      break;
    }
  }
  if (!any) return;
  const text = article.text;
  // The word table's forms are the words lower-cased: look each word up by its
  // form, and slice only the few that are known, instead of making an object
  // and two strings per word of the article.
  const { count, starts, ends, ids, forms } = article.wordTable();
  for (let i = 0; i < count; i++) {
    const respelt = common.get(forms[ids[i]!]!);
    if (!respelt) continue;
    const word = text.slice(starts[i]!, ends[i]!);
    if (!LOWER_START.test(word)) continue;
    emit(finding(starts[i]!, ends[i]!, matchCase(word, respelt.text), respelt.profile, 'a word'));
  }
}

/**
 * Names spelt the way the source language transliterates them where English
 * copy spells them otherwise: French "Hachd al-Chaabi" for "Hashd al-Shaabi",
 * "Mohamed Chia al-Soudani" for "Mohamed Shia al-Sudani", Spanish "Hezbolá".
 * The data and its two levels of trust are described in names/respell.ts.
 * One finding per name mention, covering the whole name, with the name
 * respelt as the suggestion; also the few common words with a known source
 * spelling ("djihadist").
 */
export const transliterationRule: RuleFactory = (profiles) => {
  const respeller = createRespeller(profiles);
  return {
    family: 'transliteration',
    rules: [
      {
        id: RULE_ID,
        description: 'A name spelt as the source language transliterates it (French "al-Soudani", "Hachd"), not as English copy does ("al-Sudani", "Hashd").',
      },
    ],
    run({ article, emit }) {
      checkNames(article, respeller, emit);
      checkCommonWords(article, respeller, emit);
    },
  };
};
