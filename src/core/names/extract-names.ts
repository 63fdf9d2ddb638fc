import type { Article, Paragraph, WordTable as ArticleWords } from '../article/article';
import { codeClass, LOWER as LOWER_CLASS, UPPER as UPPER_CLASS } from '../article/code-class';
import type { NameMention, NamePart, NamePartKind } from './name-mention';
import { nameWords, WordClass, type NameWords } from './name-words';

/**
 * Finds the names in an article: runs of capitalised words, joined by name
 * particles, stopped by punctuation, lower-case words, titles, function words,
 * days and months. Acronyms ("US", "AFP") and words with digits are not names.
 * One pass over the words; the result is kept per article, so every rule
 * that asks shares it.
 *
 * Words are read from the article's word table (offsets in typed arrays)
 * rather than from wordsOf(): on a large input an object per word, kept for
 * the article's lifetime, was a large share of the garbage collector's work.
 */

// Local copies of the flags: read in the hottest loop, they should not go through a module binding.
const STOP_OR_TITLE = WordClass.stop | WordClass.title;
const GENERIC = WordClass.generic;
const DEMONYM = WordClass.demonym;
const LEADING = WordClass.leadingParticle;
const INNER = WordClass.innerParticle;
const ARTICLE = WordClass.article;
const ENGLISH_PREFIX = WordClass.englishPrefix;

/** Characters after which a capital says nothing: sentence ends, quotes, brackets, dashes, bullets. */
const OPENERS = new Set(['.', '!', '?', ':', ';', '“', '”', '"', '‘', '’', "'", '«', '»', '(', '[', '{', '—', '–', '-', '•', '*', '…', '·', '/', '|']);

interface Classified {
  readonly kind: NamePartKind | 'break' | 'leading-particle';
  readonly end: number;
  readonly coreStart: number;
  readonly possessive: boolean;
}

const BREAK: Classified = { kind: 'break', end: 0, coreStart: 0, possessive: false };
/** Particles carry no offsets of their own here: the word's own span is used. */
const LEADING_PARTICLE: Classified = { kind: 'leading-particle', end: -1, coreStart: -1, possessive: false };
const PARTICLE: Classified = { kind: 'particle', end: -1, coreStart: -1, possessive: false };

const cache = new WeakMap<Article, readonly NameMention[]>();

/** The name mentions of an article, in text order; computed once per article. */
export function namesOf(article: Article): readonly NameMention[] {
  let names = cache.get(article);
  if (names === undefined) {
    names = extractNames(article);
    cache.set(article, names);
  }
  return names;
}

export function extractNames(article: Article): NameMention[] {
  const words = nameWords();
  const out: NameMention[] = [];
  for (const paragraph of article.paragraphs) extractFrom(article, paragraph, words, out);
  return out;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u202f' || c === '\u2009';
}

/** Only white space (and not a blank line) between two words of one run. */
function joined(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (!isSpace(c)) return false;
    if (c === '\n' && ++newlines > 1) return false;
  }
  return true;
}

function opensSentence(text: string, paragraphStart: number, at: number): boolean {
  let i = at - 1;
  while (i >= paragraphStart && isSpace(text[i]!)) i--;
  return i < paragraphStart || OPENERS.has(text[i]!);
}

function possessiveEnd(text: string, start: number, wordEnd: number): number {
  if (wordEnd - start <= 2) return wordEnd;
  const last = text.charCodeAt(wordEnd - 1);
  const quote = text.charCodeAt(wordEnd - 2);
  // ’s or 's
  if ((last === 115 || last === 83) && (quote === 39 || quote === 0x2019)) return wordEnd - 2;
  return wordEnd;
}

/** Letter case of the character at `i`: 1 upper, -1 lower, 0 neither (digit, mark, punctuation). No allocation. */
function caseAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return -1;
  if (c < 128) return 0;
  const k = codeClass(c);
  return (k & UPPER_CLASS) !== 0 ? 1 : (k & LOWER_CLASS) !== 0 ? -1 : 0;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010;
}

/** The word text[start, wordEnd) as a name part, or a break. */
function classify(text: string, start: number, wordEnd: number, words: NameWords): Classified {
  const end = possessiveEnd(text, start, wordEnd);
  const possessive = end !== wordEnd;
  if (caseAt(text, start) === 1) {
    // One scan: acronyms and initials ("US", "AFP", "J") have no lower-case letter; digits are no names.
    let lowerLetters = 0;
    let hyphen = -1;
    for (let i = start + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) return BREAK;
      if (isHyphen(c)) {
        if (hyphen < 0) hyphen = i;
      } else if (c >= 97 && c <= 122) lowerLetters++;
      else if (c >= 128 && caseAt(text, i) === -1) lowerLetters++;
    }
    if (lowerLetters === 0) return BREAK;
    const table = words.table;
    const flags = table.flagsOf(text, start, end);
    if ((flags & STOP_OR_TITLE) !== 0) return BREAK;
    let coreStart = start;
    if (hyphen >= 0) {
      let tail = end - 1;
      while (tail > start && !isHyphen(text.charCodeAt(tail - 1))) tail--;
      const head = table.flagsOf(text, start, hyphen);
      // "Pro-Iran", "Iran-backed", "US-led": an English compound, not a name.
      if ((head & ENGLISH_PREFIX) !== 0 || caseAt(text, tail) !== 1) return BREAK;
      if ((head & ARTICLE) !== 0) coreStart = hyphen + 1;
    }
    if (coreStart === start) {
      // Plural demonyms too: "Iraqis", "Houthis".
      const demonym =
        (flags & DEMONYM) !== 0 ||
        (text.charCodeAt(end - 1) === 115 && (table.flagsOf(text, start, end - 1) & DEMONYM) !== 0);
      if (demonym) return { kind: 'demonym', end, coreStart, possessive };
      if ((flags & GENERIC) !== 0) return { kind: 'generic', end, coreStart, possessive };
    }
    return { kind: 'name', end, coreStart, possessive };
  }
  // Lower case: "al-Sudani", or a particle such as "bin", "de".
  const length = end - start;
  // Most words are plain lower-case English: no hyphen where an article ends, no particle shape.
  if (length <= 3 || !isHyphen(text.charCodeAt(start + 2)) && !isHyphen(text.charCodeAt(start + 3)) && (length <= 4 || !isHyphen(text.charCodeAt(start + 4)))) {
    if (length > 5 || possessive) return BREAK;
    const first = text.charCodeAt(start);
    if (first >= 128 || (words.particleShapes[first]! & (1 << length)) === 0) return BREAK;
  }
  for (let k = 2; k <= 4 && k < length - 1; k++) {
    if (!isHyphen(text.charCodeAt(start + k))) continue;
    if (caseAt(text, start + k + 1) !== 1 || (words.table.flagsOf(text, start, start + k) & ARTICLE) === 0) break;
    let tail = end - 1;
    while (tail > start && !isHyphen(text.charCodeAt(tail - 1))) tail--;
    if (caseAt(text, tail) !== 1) break;
    return { kind: 'name', end, coreStart: start + k + 1, possessive };
  }
  if (length <= 5 && !possessive) {
    const flags = words.table.flagsOf(text, start, end);
    if ((flags & LEADING) !== 0) return LEADING_PARTICLE;
    if ((flags & INNER) !== 0) return PARTICLE;
  }
  return BREAK;
}

/** A heading in title case: three or more long capitalised words and no long lower-case one. */
function isTitleCase(text: string, paragraph: Paragraph, ws: ArticleWords): boolean {
  if (paragraph.kind === 'body') return false;
  let capitalised = 0;
  for (let i = ws.paragraphFirst[paragraph.index]!, last = ws.paragraphFirst[paragraph.index + 1]!; i < last; i++) {
    const start = ws.starts[i]!;
    if (ws.ends[i]! - start < 4) continue;
    const c = caseAt(text, start);
    if (c === 1) capitalised++;
    else if (c === -1) return false;
  }
  return capitalised >= 3;
}

/** The run of name words being built in one paragraph; a class rather than closures, as it runs for every word. */
class RunBuilder {
  run: NamePart[] = [];
  /** Particles and demonyms that join the run only if a name word follows them. */
  pending: NamePart[] = [];
  hasName = false;

  constructor(
    readonly text: string,
    readonly paragraph: Paragraph,
    readonly titleCase: boolean,
    readonly out: NameMention[],
  ) {}

  flush(): void {
    if (this.pending.length > 0) this.pending = [];
    const run = this.run;
    if (run.length === 0) return;
    let from = 0;
    let to = run.length - 1;
    while (from <= to && (run[from]!.kind === 'generic' || run[from]!.kind === 'demonym')) from++;
    while (to >= from && run[to]!.kind !== 'name') to--;
    if (from <= to) {
      const parts = from === 0 && to === run.length - 1 ? run : run.slice(from, to + 1);
      const start = parts[0]!.start;
      this.out.push({
        start,
        end: parts[parts.length - 1]!.end,
        parts,
        paragraph: this.paragraph.index,
        sentenceStart: opensSentence(this.text, this.paragraph.start, start),
        titleCase: this.titleCase,
      });
    }
    this.run = [];
    this.hasName = false;
  }

  /** Moves the pending particles and demonyms into the run, then the part. */
  push(part: NamePart): void {
    if (this.pending.length > 0) {
      for (const p of this.pending) this.run.push(p);
      this.pending = [];
    }
    this.run.push(part);
    if (part.kind === 'name') this.hasName = true;
  }
}

function extractFrom(article: Article, paragraph: Paragraph, words: NameWords, out: NameMention[]): void {
  const text = article.text;
  // The paragraph's words in the table are what wordsOf(paragraph) lists.
  const ws = article.wordTable();
  const titleCase = isTitleCase(text, paragraph, ws);
  const b = new RunBuilder(text, paragraph, titleCase, out);
  let previousEnd = -1;

  for (let i = ws.paragraphFirst[paragraph.index]!, last = ws.paragraphFirst[paragraph.index + 1]!; i < last; i++) {
    const start = ws.starts[i]!;
    const wordEnd = ws.ends[i]!;
    if ((b.run.length > 0 || b.pending.length > 0) && !joined(text, previousEnd, start)) b.flush();
    previousEnd = wordEnd;
    const c = classify(text, start, wordEnd, words);
    if (c.kind === 'break') {
      b.flush();
      continue;
    }
    const part: NamePart =
      c.end < 0
        ? { start, end: wordEnd, coreStart: start, kind: 'particle' }
        : { start, end: c.end, coreStart: c.coreStart, kind: c.kind as NamePart['kind'] };
    switch (c.kind) {
      case 'name':
        if (titleCase) {
          b.flush();
          b.push(part);
          b.flush();
          continue;
        }
        b.push(part);
        break;
      case 'generic':
        if (titleCase) {
          b.flush();
          continue;
        }
        b.push(part);
        break;
      case 'demonym':
        // Inside a name ("Mohammed Shia al-Sudani") it stays; before one ("Iraqi Prime Minister") it does not.
        if (titleCase || !b.hasName) {
          b.flush();
          continue;
        }
        b.pending.push(part);
        break;
      case 'leading-particle':
      case 'particle':
        if (titleCase) {
          b.flush();
          continue;
        }
        if (b.run.length === 0 && c.kind !== 'leading-particle') continue;
        b.pending.push(part);
        break;
    }
    if (c.possessive) b.flush();
  }
  b.flush();
}
