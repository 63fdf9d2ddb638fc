import type { Span } from '../model/span';
import { splitSentences } from './sentences';
import { wordsIn, type Word } from './words';

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
}

interface Line extends Span {
  /** Offset just past the line break (or text end). */
  readonly next: number;
}

const SEPARATOR_LINE = /^[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,})[ \t]*$/;
const CLOSING_PUNCTUATION = /[.!?:;…"”’»)\]]\s*$/;
/** Longer than a hard-wrapped line: such blocks have one paragraph per line (seed 003). */
const WRAPPED_LINE_MAX = 100;
const HEADING_MAX_WORDS = 20;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let from = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ start: from, end: m.index, next: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  lines.push({ start: from, end: text.length, next: text.length });
  return lines;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
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
    const body = text.slice(line.start, line.end);
    if (body.trim() === '') {
      flush();
    } else if (SEPARATOR_LINE.test(body)) {
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
    if (i < block.length - 1 && !CLOSING_PUNCTUATION.test(text.slice(line.start, line.end))) openEnded++;
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
  for (const line of block.slice(1)) {
    if (/^[ \t]/.test(text.slice(line.start, line.start + 1))) {
      spans.push(trimSpan(text, first.start, last.end));
      first = line;
    }
    last = line;
  }
  spans.push(trimSpan(text, first.start, last.end));
  return spans;
}

function isHeading(text: string, span: Span): boolean {
  const body = text.slice(span.start, span.end);
  if (CLOSING_PUNCTUATION.test(body)) return false;
  return wordsIn(text, span.start, span.end).length <= HEADING_MAX_WORDS;
}

export function parseArticle(text: string): Article {
  const blocks = blocksOf(text, splitLines(text));
  const paragraphs: Paragraph[] = [];
  let separator: Span | undefined;
  for (const { block, separator: isSeparator } of blocks) {
    if (isSeparator) {
      // Only the first separator, under the headline, is structure; later ones are body furniture.
      if (separator === undefined && paragraphs.length <= 1) separator = trimSpan(text, block[0]!.start, block[0]!.end);
      continue;
    }
    for (const span of paragraphSpans(text, block)) {
      const heading = isHeading(text, span);
      const kind: ParagraphKind = heading ? (paragraphs.length === 0 ? 'headline' : 'subhead') : 'body';
      paragraphs.push({ ...span, kind, index: paragraphs.length });
    }
  }
  return makeArticle(text, paragraphs, separator);
}

function makeArticle(text: string, paragraphs: Paragraph[], separator: Span | undefined): Article {
  let words: Word[] | undefined;
  let vocabulary: Set<string> | undefined;
  const paragraphWords = new Map<number, Word[]>();
  const paragraphSentences = new Map<number, Span[]>();
  const headline = paragraphs[0]?.kind === 'headline' ? paragraphs[0] : undefined;
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
      let w = paragraphWords.get(paragraph.index);
      if (w === undefined) {
        w = wordsIn(text, paragraph.start, paragraph.end);
        paragraphWords.set(paragraph.index, w);
      }
      return w;
    },
    sentencesOf(paragraph) {
      let s = paragraphSentences.get(paragraph.index);
      if (s === undefined) {
        s = splitSentences(text, paragraph.start, paragraph.end);
        paragraphSentences.set(paragraph.index, s);
      }
      return s;
    },
    vocabulary() {
      if (vocabulary === undefined) {
        vocabulary = new Set();
        for (const w of this.words()) vocabulary.add(text.slice(w.start, w.end).toLowerCase());
      }
      return vocabulary;
    },
  };
}
