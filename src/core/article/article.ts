import type { Span } from '../model/span';
import { splitSentences } from './sentences';
import { WordForms } from './word-forms';
import { countWordsUpTo, nextWordStart, wordEnd, wordsIn, type Word } from './words';

/**
 * What a block of wire copy is. A heading is a short line with no closing
 * punctuation: the headline when it opens the story, a subhead elsewhere
 * ("Nearly 80 attacks recorded in Iraq and Syria").
 */
export type ParagraphKind = 'headline' | 'subhead' | 'body';

export interface Paragraph extends Span {
  readonly kind: ParagraphKind;
  readonly index: number;
}

/**
 * Wire copy parsed into ranges over the exact original text. Nothing is copied
 * or normalised: CRLF, BOM-less text and odd spacing stay as they are, so every
 * offset can be handed back to the editor or the CLI unchanged.
 */
export interface Article {
  readonly text: string;
  readonly headline?: Paragraph;
  /** A separator line under the headline ("-----"), if any. */
  readonly separator?: Span;
  readonly paragraphs: readonly Paragraph[];
  /** All words of the article, computed once on first use. */
  words(): readonly Word[];
  /** Words of one paragraph, computed once on first use. */
  wordsOf(paragraph: Paragraph): readonly Word[];
  /** Sentences of one paragraph, computed once on first use. */
  sentencesOf(paragraph: Paragraph): readonly Span[];
  /** Lower-cased set of every word in the article, for cheap "is it there at all" checks. */
  vocabulary(): ReadonlySet<string>;
  /**
   * The words as numbers, computed once on first use: what words() gives,
   * without an object per word, and each word's lower-cased form without a
   * string per word. For rules that walk every word of a long text.
   */
  wordTable(): WordTable;
}

/**
 * Word i of the article runs from starts[i] to ends[i] (i < count; the arrays
 * may be longer). Paragraph k holds words paragraphFirst[k] to
 * paragraphFirst[k + 1] - 1. forms[ids[i]] is word i lower-cased, as in
 * vocabulary(); forms lists each form once, in order of first occurrence.
 */
export interface WordTable {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly paragraphFirst: Int32Array;
  readonly ids: Int32Array;
  readonly forms: readonly string[];
}

interface Line extends Span {
  /** Offset just past the line break (or text end). */
  readonly next: number;
}

const SEPARATOR_LINE = /^[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,})[ \t]*$/;
/** Longer than a hard-wrapped line: such blocks have one paragraph per line (seed 003). */
const WRAPPED_LINE_MAX = 100;
const HEADING_MAX_WORDS = 20;

// The structure is found by scanning code units rather than by regexes over
// slices: a large input has hundreds of thousands of lines, and a slice, a
// trim and a regex per line showed in profiles.

/** White space as JavaScript's \s and String.prototype.trim see it. */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A mark that closes a sentence or a quotation: . ! ? : ; … " ” ’ » ) ] */
function isClosingCode(c: number): boolean {
  return (
    c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x2026 || c === 0x22 ||
    c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d
  );
}

/** Does text[start, end) end with closing punctuation, white space aside? */
function endsWithClosing(text: string, start: number, end: number): boolean {
  while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
  return end > start && isClosingCode(text.charCodeAt(end - 1));
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    // \r\n, \n or \r, in that order of preference.
    const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push({ start: from, end: i, next });
    from = next;
    i = next - 1;
  }
  lines.push({ start: from, end: n, next: n });
  return lines;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isJsSpace(text.charCodeAt(start))) start++;
  while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isJsSpace(text.charCodeAt(i))) return false;
  return true;
}

function isSeparator(text: string, line: Line): boolean {
  let i = line.start;
  while (i < line.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  // Only a line of - = * or _ can be one: the regex runs on those alone.
  if (i >= line.end || (c !== 0x2d && c !== 0x3d && c !== 0x2a && c !== 0x5f)) return false;
  return SEPARATOR_LINE.test(text.slice(line.start, line.end));
}

/** Blocks of consecutive non-blank lines, and separator lines on their own. */
function blocksOf(text: string, lines: Line[]): { block: Line[]; separator: boolean }[] {
  const blocks: { block: Line[]; separator: boolean }[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push({ block: current, separator: false });
    current = [];
  };
  for (const line of lines) {
    if (isBlank(text, line)) {
      flush();
    } else if (isSeparator(text, line)) {
      flush();
      blocks.push({ block: [line], separator: true });
    } else {
      current.push(line);
    }
  }
  flush();
  return blocks;
}

/**
 * Hard-wrapped copy has short lines that mostly stop mid-sentence; copy with one
 * paragraph per line has lines that end with closing punctuation.
 */
function isHardWrapped(text: string, block: Line[]): boolean {
  if (block.length < 2) return false;
  let longest = 0;
  let openEnded = 0;
  for (let i = 0; i < block.length; i++) {
    const line = block[i]!;
    longest = Math.max(longest, line.end - line.start);
    if (i < block.length - 1 && !endsWithClosing(text, line.start, line.end)) openEnded++;
  }
  return longest <= WRAPPED_LINE_MAX && openEnded * 2 >= block.length - 1;
}

/** A block is either one paragraph hard-wrapped over lines, or one paragraph per line. */
function paragraphSpans(text: string, block: Line[]): Span[] {
  if (!isHardWrapped(text, block)) {
    return block.map((l) => trimSpan(text, l.start, l.end)).filter((s) => s.end > s.start);
  }
  // Hard-wrapped: a new paragraph starts at an indented line.
  const spans: Span[] = [];
  let first = block[0]!;
  let last = first;
  for (let k = 1; k < block.length; k++) {
    const line = block[k]!;
    const c = text.charCodeAt(line.start);
    if (c === 32 || c === 9) {
      spans.push(trimSpan(text, first.start, last.end));
      first = line;
    }
    last = line;
  }
  spans.push(trimSpan(text, first.start, last.end));
  return spans;
}

function isHeading(text: string, span: Span): boolean {
  if (endsWithClosing(text, span.start, span.end)) return false;
  return countWordsUpTo(text, span.start, span.end, HEADING_MAX_WORDS) <= HEADING_MAX_WORDS;
}

export function parseArticle(text: string): Article {
  const blocks = blocksOf(text, splitLines(text));
  const paragraphs: Paragraph[] = [];
  let separator: Span | undefined;
  for (const { block, separator: isSeparatorBlock } of blocks) {
    if (isSeparatorBlock) {
      // Only the first separator, under the headline, is structure; later ones are body furniture.
      if (separator === undefined && paragraphs.length <= 1) separator = trimSpan(text, block[0]!.start, block[0]!.end);
      continue;
    }
    for (const span of paragraphSpans(text, block)) {
      const heading = isHeading(text, span);
      const kind: ParagraphKind = heading ? (paragraphs.length === 0 ? 'headline' : 'subhead') : 'body';
      paragraphs.push({ start: span.start, end: span.end, kind, index: paragraphs.length });
    }
  }
  return makeArticle(text, paragraphs, separator);
}

/** Grows a typed array, keeping its contents. */
function grown(a: Int32Array, size: number): Int32Array {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}

/** One pass over every paragraph: word offsets and lower-cased form ids. */
function buildWordTable(text: string, paragraphs: readonly Paragraph[]): WordTable {
  // Room for a word every four characters (English copy averages six); grown by doubling when short.
  let capacity = (text.length >> 2) + 16;
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  let ids: Int32Array = new Int32Array(capacity);
  const paragraphFirst = new Int32Array(paragraphs.length + 1);
  const forms = new WordForms();
  let count = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    const { start, end } = paragraphs[k]!;
    paragraphFirst[k] = count;
    for (let i = nextWordStart(text, start, end); i < end; i = nextWordStart(text, i, end)) {
      const to = wordEnd(text, i, end);
      if (count === capacity) {
        capacity *= 2;
        starts = grown(starts, capacity);
        ends = grown(ends, capacity);
        ids = grown(ids, capacity);
      }
      starts[count] = i;
      ends[count] = to;
      ids[count] = forms.idOf(text, i, to);
      count++;
      i = to;
    }
  }
  paragraphFirst[paragraphs.length] = count;
  return { count, starts, ends, paragraphFirst, ids, forms: forms.forms };
}

function makeArticle(text: string, paragraphs: Paragraph[], separator: Span | undefined): Article {
  let table: WordTable | undefined;
  let words: Word[] | undefined;
  let vocabulary: Set<string> | undefined;
  const paragraphWords: (Word[] | undefined)[] = [];
  const paragraphSentences: (Span[] | undefined)[] = [];
  const headline = paragraphs[0]?.kind === 'headline' ? paragraphs[0] : undefined;
  const wordTable = () => (table ??= buildWordTable(text, paragraphs));
  return {
    text,
    ...(headline ? { headline } : {}),
    ...(separator ? { separator } : {}),
    paragraphs,
    words() {
      words ??= paragraphs.flatMap((p) => this.wordsOf(p));
      return words;
    },
    wordsOf(paragraph) {
      let w = paragraphWords[paragraph.index];
      if (w === undefined) {
        const own = paragraphs[paragraph.index];
        if (own !== undefined && own.start === paragraph.start && own.end === paragraph.end) {
          const t = wordTable();
          w = [];
          for (let i = t.paragraphFirst[paragraph.index]!, last = t.paragraphFirst[paragraph.index + 1]!; i < last; i++) {
            w.push({ start: t.starts[i]!, end: t.ends[i]! });
          }
        } else {
          // A span that is not this article's paragraph: scanned as given.
          w = wordsIn(text, paragraph.start, paragraph.end);
        }
        paragraphWords[paragraph.index] = w;
      }
      return w;
    },
    sentencesOf(paragraph) {
      let s = paragraphSentences[paragraph.index];
      if (s === undefined) {
        s = splitSentences(text, paragraph.start, paragraph.end);
        paragraphSentences[paragraph.index] = s;
      }
      return s;
    },
    vocabulary() {
      vocabulary ??= new Set(wordTable().forms);
      return vocabulary;
    },
    wordTable,
  };
}
