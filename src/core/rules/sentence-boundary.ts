import { findQuotations, quotedTest } from '../article/quotes';
import { SENTENCE_OPENERS, isCloserCode, isLowerCode, isOpenerCode, isUpperCode, isWordCode } from '../article/sentences';
import { ENGLISH } from '../lexicon/lexicon';
import type { Span } from '../model/span';
import data from './data/sentences.json';
import type { RuleContext, RuleFactory } from './rule';

/**
 * Broken sentence boundaries: MT moves a full stop into the middle of a
 * sentence, leaving a one-word "sentence" behind ("a security official
 * reported. Iraqi.") or a sentence that starts in lower case ("the
 * coalition troops. international anti-jihadist ...").
 */

const FAMILY = 'sentence-boundary';

type QuotedTest = (start: number, end: number) => boolean;

/** A whole sentence that is one word and a full stop. */
const ONE_WORD = /^\p{L}[\p{L}\p{M}'’-]*\.$/u;
const ONE_WORD_MAX = 40;
const MAX_WORD = 60;

function isStopCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** Letters, digits and the hyphens and apostrophes inside a word ("al-Sudani", "country’s"). */
function isWordPartCode(c: number): boolean {
  return isWordCode(c) || c === 0x2d || c === 0x27 || c === 0x2019;
}

function isQuoteCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** The end of a sentence: [wordStart, stopStart) word, [stopStart, closersStart) stops, [closersStart, end) closers. */
interface SentenceEnd {
  readonly wordStart: number;
  readonly stopStart: number;
  readonly closersStart: number;
}

function sentenceEnd(text: string, s: Span): SentenceEnd {
  let closersStart = s.end;
  while (closersStart > s.start && isCloserCode(text.charCodeAt(closersStart - 1))) closersStart--;
  let stopStart = closersStart;
  while (stopStart > s.start && isStopCode(text.charCodeAt(stopStart - 1))) stopStart--;
  let wordStart = stopStart;
  const floor = Math.max(s.start, stopStart - MAX_WORD);
  while (wordStart > floor && isWordPartCode(text.charCodeAt(wordStart - 1))) wordStart--;
  return { wordStart, stopStart, closersStart };
}

/** The sentence ends with one full stop (not ? ! or an ellipsis). */
function endsWithFullStop(text: string, e: SentenceEnd): boolean {
  return e.closersStart - e.stopStart === 1 && text.charCodeAt(e.stopStart) === 0x2e;
}

/** Whether the token going on at i (up to the next space) has a / : @ or inner dot: an address or a slug. */
function isMachineToken(text: string, i: number, end: number): boolean {
  for (let j = i; j < end && j - i < MAX_WORD; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x2f || c === 0x3a || c === 0x40) return true;
    if (c === 0x2e) return j + 1 < end && isWordCode(text.charCodeAt(j + 1));
    if (!isWordPartCode(c)) return false;
  }
  return false;
}

function capitalise(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first.toUpperCase() + word.slice(first.length);
}

export const sentenceBoundaryRule: RuleFactory = (profiles) => {
  const allowed = new Set<string>([...data.strayAllowlist, ...ENGLISH.numberWords]);
  // A source title before a name ("Mme. Dati", "Ing. Slim") is no sentence: its stop belongs to it, and the honorific rule reports it.
  const sourceTitles = new Set(profiles.flatMap((p) => p.honorifics.map((h) => h.source.replace(/\.$/, ''))));
  const demonyms = new Set(ENGLISH.demonyms);
  const particles = new Set(data.nameParticles);
  // "a security official", "the senior army officer": up to two lower-case modifiers before a role noun.
  const rolePhrase = new RegExp(
    `\\b(?:an?|the|one|another)\\s+((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:${data.roleNouns.join('|')}))\\b`,
    'gu',
  );

  function strayMessage(text: string, word: string, prev: Span): string {
    const base = `“${word}” stands alone as a sentence: MT has split it off the sentence it belongs to.`;
    if (!demonyms.has(word)) return base;
    rolePhrase.lastIndex = 0;
    const sentence = text.slice(prev.start, prev.end);
    let phrase: string | undefined;
    for (let m = rolePhrase.exec(sentence); m !== null; m = rolePhrase.exec(sentence)) phrase = m[1];
    if (phrase === undefined) return base;
    const target = phrase.replace(/\s+/g, ' ');
    return `${base} It probably qualifies “${target}” earlier on (“${word} ${target}”).`;
  }

  function checkStray(ctx: RuleContext, sentences: readonly Span[], k: number, isQuoted: QuotedTest): void {
    const text = ctx.article.text;
    const s = sentences[k]!;
    const prev = sentences[k - 1]!;
    const word = text.slice(s.start, s.end - 1);
    if (allowed.has(word.toLowerCase())) return;
    if (sourceTitles.has(word) && /^\s+\p{Lu}/u.test(text.slice(s.end, s.end + 3))) return;
    // All capitals: a dateline, a credit or an acronym ("PARIS.", "AFP.").
    if (word.length > 1 && word === word.toUpperCase()) return;
    const prevEnd = sentenceEnd(text, prev);
    // After a question ("Who won? Biden.") or an ellipsis the fragment is deliberate.
    if (!endsWithFullStop(text, prevEnd) || prevEnd.wordStart === prevEnd.stopStart) return;
    // A run of one-word sentences is a stylistic list ("Rockets. Drones. Missiles.").
    const isOneWord = (n: number) => {
      const t = sentences[n];
      return t !== undefined && t.end - t.start <= ONE_WORD_MAX && ONE_WORD.test(text.slice(t.start, t.end));
    };
    if (isOneWord(k - 1) || isOneWord(k + 1)) return;
    if (isQuoted(s.start, s.end)) return;
    ctx.emit({
      start: prevEnd.wordStart,
      end: s.end,
      rule: 'stray-sentence',
      category: 'fluency/grammar',
      severity: 'major',
      message: strayMessage(text, word, prev),
      suggestions: [text.slice(prevEnd.wordStart, prev.end)],
    });
  }

  function checkLowercaseStart(ctx: RuleContext, prev: Span, s: Span): void {
    const text = ctx.article.text;
    let w = s.start;
    while (w < s.end && w - s.start < 3 && isOpenerCode(text.charCodeAt(w))) w++;
    if (w >= s.end || !isLowerCode(text.charCodeAt(w))) return;
    let wEnd = w;
    let innerCapital = false;
    while (wEnd < s.end && wEnd - w < MAX_WORD) {
      const c = text.charCodeAt(wEnd);
      if (!isWordPartCode(c)) break;
      if (wEnd > w && isUpperCode(c)) innerCapital = true;
      wEnd++;
    }
    // Lower case by nature: iPhone, eBay, mRNA, al-Sudani, el-Sisi.
    if (innerCapital) return;
    // Web addresses, e-mail addresses and AFP slugs ("bur-ah/jmm"): a token with / : @ or a dot in it.
    if (isMachineToken(text, wEnd, s.end)) return;
    const word = text.slice(w, wEnd);
    // Name particles before a capitalised name: "de Gaulle", "van Gogh", "bin Salman".
    if (particles.has(word) && text.charCodeAt(wEnd) === 0x20 && isUpperCode(text.charCodeAt(wEnd + 1))) return;

    const e = sentenceEnd(text, prev);
    if (e.stopStart === e.closersStart) return;
    const start = e.wordStart < e.stopStart ? e.wordStart : e.stopStart;
    const head = text.slice(start, e.stopStart);
    const stops = text.slice(e.stopStart, e.closersStart);
    const tail = text.slice(e.closersStart, w);
    const closedQuote = e.closersStart < prev.end && isQuoteCode(text.charCodeAt(e.closersStart));
    const withCapital = head + stops + tail + capitalise(word);
    const withoutStop = head + tail + word;
    if (closedQuote) {
      ctx.emit({
        start,
        end: wEnd,
        rule: 'lowercase-sentence-start',
        category: 'fluency/punctuation',
        severity: 'minor',
        message: 'A full stop closes this quotation but the sentence runs on in lower case: before the attribution, a quotation ends with a comma.',
        suggestions: [head + ',' + tail + word, withCapital],
      });
      return;
    }
    ctx.emit({
      start,
      end: wEnd,
      rule: 'lowercase-sentence-start',
      category: 'fluency/grammar',
      severity: 'major',
      message: 'A sentence starts in lower case after a full stop: MT has broken the sentence here, or the capital is missing.',
      suggestions: SENTENCE_OPENERS.has(capitalise(word)) ? [withCapital, withoutStop] : [withoutStop, withCapital],
    });
  }

  return {
    family: FAMILY,
    rules: [
      { id: 'stray-sentence', description: 'A one-word "sentence" split off its clause by MT ("a security official reported. Iraqi.").' },
      { id: 'lowercase-sentence-start', description: 'A sentence that starts in lower case after a full stop ("troops. international ...").' },
    ],
    run(ctx) {
      const { article } = ctx;
      const text = article.text;
      for (const p of article.paragraphs) {
        if (p.kind !== 'body') continue;
        const sentences = article.sentencesOf(p);
        if (sentences.length < 2) continue;
        // Quotations are looked up only for a candidate fragment, once per paragraph.
        let test: QuotedTest | undefined;
        const isQuoted: QuotedTest = (start, end) => (test ??= quotedTest(findQuotations(text, p.start, p.end)))(start, end);
        for (let k = 1; k < sentences.length; k++) {
          const s = sentences[k]!;
          if (s.end - s.start <= ONE_WORD_MAX && ONE_WORD.test(text.slice(s.start, s.end))) {
            checkStray(ctx, sentences, k, isQuoted);
            continue;
          }
          checkLowercaseStart(ctx, sentences[k - 1]!, s);
        }
      }
    },
  };
};
