import type { Article } from '../article/article';
import { findQuotations } from '../article/quotes';
import { isLowerCode, isSpaceCode, isUpperCode, isWordCode } from '../article/sentences';
import type { Finding } from '../model/finding';
import data from './data/punctuation.json';
import type { RuleContext, RuleFactory } from './rule';

/**
 * Punctuation MT leaves behind: doubled or stray marks ("attack..", "AFP. ,"),
 * spaces French sets before : ; ! ? (and that MT keeps before , .), French
 * guillemets, Spanish ¿ ¡, quote marks glued together (`if any.”“said`) and quotations
 * that never close.
 *
 * Character-level checks scan the whole text once each with a precompiled
 * regex; only the quotation check walks paragraph by paragraph.
 */

const FAMILY = 'punctuation';

type PunctuationFinding = Omit<Finding, 'category' | 'severity'>;

// Short fixed patterns, with the context checked in code: lookbehinds on Unicode classes
// make V8 try every position at ~100x the cost, and unbounded repeats would make a long
// run of spaces or marks quadratic (or overflow the regex stack).
// Horizontal spaces include the no-break and narrow no-break spaces of French typesetting.
// Two stops, together or with one space between ("attack..", "attack. .").
const DOUBLED_STOP = /\.[ \t\u00a0]?\./g;
const MARK_RUN = /[,;:.](?:[ \t\u00a0\u202f]{0,4}[,;:.]){1,6}/g;
const SPACE_BEFORE = /[ \t\u00a0\u202f\u2009][,.]/g;
const FRENCH_SPACE = /[ \t\u00a0\u202f\u2009][:;!?]/g;
const GUILLEMET = /[«‹»›]/g;
const INVERTED_MARK = /[¿¡]/g;
const GLUED_PAIR = /[.,!?;:]?[”"][“"]/g;
const GLUED_CLOSING = /[.!?]”/g;
const GLUED_OPENING = /“/g;
const CONTINUED_QUOTE = /^["“«»‘'”]/;

/** Longest run of spaces taken into a finding. */
const MAX_SPACES = 8;
const UNCLOSED_WORDS = 3;
const MAX_WORD = 60;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHorizontalSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** What may follow a mark that ends a word: nothing, a space, a closing quote or bracket. */
function endsCleanly(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return isSpaceCode(c) || c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
}

/**
 * " ,which" and " .The": the mark is glued to the next word instead of the
 * last one. A comma before a lower-case word, a stop before a capital and a
 * lower-case letter; not ".45", ".com" or ".NET".
 */
function movedOntoWord(text: string, i: number, mark: string): boolean {
  if (i + 1 >= text.length) return false;
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (mark === ',') return isLowerCode(a);
  return isUpperCode(a) && isLowerCode(b);
}

/** What a mark can be set after: a word, a closing bracket or quote, a percent sign. */
function endsWord(c: number): boolean {
  return isWordCode(c) || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x22 || c === 0x27 || c === 0x25;
}

/** Before an opening quote mark, these mean a missing space: a word, a stop or comma, a closing bracket. */
function isGluedBefore(c: number): boolean {
  return isWordCode(c) || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29;
}

/** The marks French sets after a space. */
function isFrenchSpacedCode(c: number): boolean {
  return c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f;
}

function isMarkCode(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a;
}

/** Start of the run of horizontal spaces that ends at i (at most MAX_SPACES long). */
function spacesFrom(text: string, i: number): number {
  let s = i;
  while (s > 0 && i - s < MAX_SPACES && isHorizontalSpace(text.charCodeAt(s - 1))) s--;
  return s;
}

/** First non-horizontal-space offset at or after i. */
function skipHorizontal(text: string, i: number): number {
  while (i < text.length && isHorizontalSpace(text.charCodeAt(i))) i++;
  return i;
}

function wordEndAt(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < MAX_WORD) {
    const c = text.charCodeAt(j);
    if (!(isWordCode(c) || c === 0x2d || c === 0x27 || c === 0x2019)) break;
    j++;
  }
  return j;
}

function doubledStops(text: string, emit: (f: PunctuationFinding) => void): void {
  DOUBLED_STOP.lastIndex = 0;
  for (let m = DOUBLED_STOP.exec(text); m !== null; m = DOUBLED_STOP.exec(text)) {
    const after = m.index + m[0].length;
    // Part of an ellipsis ("...", "....", ". . .", "….."), or set after a space.
    if (m.index === 0) continue;
    const before = text.charCodeAt(m.index - 1);
    if (before === 0x2e || before === 0x2026 || isSpaceCode(before)) continue;
    if (!endsCleanly(text, after)) continue;
    const next = skipHorizontal(text, after);
    if (next < text.length) {
      const c = text.charCodeAt(next);
      // A third stop makes a spaced ellipsis; "wait.. what" before lower case is an informal one.
      if (c === 0x2e || isLowerCode(c)) continue;
    }
    emit({
      start: m.index,
      end: after,
      rule: 'doubled-stop',
      message: 'Two full stops where one is needed (an ellipsis has three).',
      suggestions: ['.'],
    });
  }
}

function strayMarks(text: string, emit: (f: PunctuationFinding) => void): void {
  MARK_RUN.lastIndex = 0;
  for (let m = MARK_RUN.exec(text); m !== null; m = MARK_RUN.exec(text)) {
    const run = m[0];
    const end = m.index + run.length;
    const marks = run.replace(/[ \t\u00a0\u202f]/g, '');
    // Stops only: an ellipsis or a doubled stop (doubled-stop reports that).
    if (/^\.+$/.test(marks) || marks.includes('..')) continue;
    // A stop glued to the next mark closes an abbreviation ("U.S.,", "a.m.;", "etc.,").
    if (run.charCodeAt(0) === 0x2e && isMarkCode(run.charCodeAt(1))) continue;
    // ", .45 calibre": the stop belongs to a number.
    if (text.charCodeAt(end - 1) === 0x2e && isDigitCode(text.charCodeAt(end))) continue;
    // Take in the space before the run ("said , ." -> "said.").
    let start = m.index;
    while (start > 0 && isHorizontalSpace(text.charCodeAt(start - 1))) start--;
    const next = skipHorizontal(text, end);
    const nextCode = next < text.length ? text.charCodeAt(next) : NaN;
    const inner = marks.replace(/\./g, '')[0]!;
    const continues = !Number.isNaN(nextCode) && (isLowerCode(nextCode) || isDigitCode(nextCode));
    const first = continues || !marks.includes('.') ? inner : '.';
    const other = first === '.' ? inner : marks.includes('.') ? '.' : undefined;
    emit({
      start,
      end,
      rule: 'stray-punctuation',
      message: 'Punctuation marks in a row: MT has left one behind; keep the one that fits.',
      suggestions: other !== undefined && other !== first ? [first, other] : [first],
    });
  }
}

function spacesBefore(text: string, emit: (f: PunctuationFinding) => void): void {
  SPACE_BEFORE.lastIndex = 0;
  for (let m = SPACE_BEFORE.exec(text); m !== null; m = SPACE_BEFORE.exec(text)) {
    const end = m.index + 2;
    const start = spacesFrom(text, m.index + 1);
    if (start === 0 || !endsWord(text.charCodeAt(start - 1))) continue;
    const mark = text[end - 1]!;
    // ".45 calibre", ".com", ".NET" and "..." are something else; a mark moved onto the
    // next word (" ,which", " .The") is the space on the wrong side of it.
    const moved = !endsCleanly(text, end);
    if (moved && !movedOntoWord(text, end, mark)) continue;
    // Another mark after it: stray-punctuation reports the run; ". . ." is a spaced ellipsis.
    const next = skipHorizontal(text, end);
    if (next > end && next < text.length && isMarkCode(text.charCodeAt(next))) continue;
    emit({
      start,
      end,
      rule: 'space-before-punctuation',
      message: mark === ',' ? 'A space before a comma: English sets it right after the word.' : 'A space before a full stop: English sets it right after the word.',
      suggestions: [moved ? `${mark} ` : mark],
    });
  }
}

function invertedMarks(text: string, emit: (f: PunctuationFinding) => void): void {
  INVERTED_MARK.lastIndex = 0;
  for (let m = INVERTED_MARK.exec(text); m !== null; m = INVERTED_MARK.exec(text)) {
    emit({
      start: m.index,
      end: m.index + 1,
      rule: 'inverted-mark',
      message: m[0] === '¿'
        ? 'A Spanish opening question mark: English marks a question only at its end.'
        : 'A Spanish opening exclamation mark: English marks an exclamation only at its end.',
      suggestions: [''],
    });
  }
}

function frenchSpacing(text: string, emit: (f: PunctuationFinding) => void): void {
  FRENCH_SPACE.lastIndex = 0;
  for (let m = FRENCH_SPACE.exec(text); m !== null; m = FRENCH_SPACE.exec(text)) {
    const start = spacesFrom(text, m.index + 1);
    if (start === 0 || !endsWord(text.charCodeAt(start - 1))) continue;
    let end = m.index + 2;
    while (end < text.length && end - m.index < 5 && isFrenchSpacedCode(text.charCodeAt(end))) end++;
    const marks = text.slice(m.index + 1, end);
    const following = end < text.length ? text.charCodeAt(end) : NaN;
    if (!endsCleanly(text, end)) continue;
    // Emoticons ":)" and ";)" are not French spacing.
    if ((marks === ':' || marks === ';') && (following === 0x29 || following === 0x28)) continue;
    // A score or ratio ("2 : 1").
    if (marks === ':' && isDigitCode(text.charCodeAt(start - 1)) && isDigitCode(text.charCodeAt(skipHorizontal(text, end)))) continue;
    emit({
      start,
      end,
      rule: 'french-spacing',
      message: `A space before “${marks}” is French typesetting: English sets the mark right after the word.`,
      suggestions: [marks],
    });
  }
}

export const punctuationRule: RuleFactory = () => {
  const verbs = data.attributionVerbs.join('|');
  const subjects = data.attributionSubjects.join('|');
  // At the word after a quotation: "said", "he added", "according".
  const attribution = new RegExp(`(?:(?:${subjects})\\s+)?(?:${verbs})\\b`, 'iy');
  const guillemets = new Map<string, string>(Object.entries(data.guillemets));
  // Inside a quotation: a comma, a few words and a verb of saying (", an Iraqi security official told AFP").
  const innerAttribution = new RegExp(`,\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,6}(?:${verbs})\\b`, 'iu');

  function attributedInside(text: string, start: number, end: number): boolean {
    return innerAttribution.test(text.slice(start, end));
  }

  function gluedQuotes(text: string, emit: (f: PunctuationFinding) => void): void {
    GLUED_PAIR.lastIndex = 0;
    for (let m = GLUED_PAIR.exec(text); m !== null; m = GLUED_PAIR.exec(text)) {
      const end = m.index + m[0].length;
      if (end >= text.length) continue;
      const next = text.charCodeAt(end);
      const stop = m[0].length === 3 ? m[0][0]! : '';
      const closing = m[0][stop.length]!;
      const opening = m[0][stop.length + 1]!;
      // `say "" here`: an empty pair of straight quotes, not a glued one.
      if (stop === '' && (m.index === 0 || isSpaceCode(text.charCodeAt(m.index - 1)))) continue;
      if (isLowerCode(next)) {
        // `if any.”“said the officer`: the second mark is stray; the attribution wants a comma.
        attribution.lastIndex = end;
        const attributed = attribution.test(text);
        const fixedStop = attributed && (stop === '.' || stop === '') ? ',' : stop;
        emit({
          start: m.index,
          end,
          rule: 'glued-quotes',
          message: fixedStop !== stop
            ? 'A stray opening quote mark after the closing one; and before the attribution the quotation ends with a comma (“…,” said the officer).'
            : 'A stray opening quote mark is glued to the closing one: the words after it are not a quotation.',
          suggestions: [`${fixedStop}${closing} `],
        });
      } else if (isUpperCode(next) || isDigitCode(next)) {
        emit({
          start: m.index + stop.length,
          end,
          rule: 'glued-quotes',
          message: 'Two quotations run together: a space is missing between the closing and the opening quote mark.',
          suggestions: [`${closing} ${opening}`],
        });
      }
    }
    GLUED_CLOSING.lastIndex = 0;
    for (let m = GLUED_CLOSING.exec(text); m !== null; m = GLUED_CLOSING.exec(text)) {
      // `attack.”The`: after a stop the mark closes a quotation, and a word follows with no space.
      const mark = m.index + 1;
      const wordEnd = wordEndAt(text, mark + 1);
      if (wordEnd === mark + 1) continue;
      emit({
        start: mark,
        end: wordEnd,
        rule: 'glued-quotes',
        message: 'A closing quote mark is glued to the next word: a space is missing.',
        suggestions: [`” ${text.slice(mark + 1, wordEnd)}`],
      });
    }
    GLUED_OPENING.lastIndex = 0;
    for (let m = GLUED_OPENING.exec(text); m !== null; m = GLUED_OPENING.exec(text)) {
      // `said:“We`: an opening mark after a word or mark with no space, before a word.
      if (m.index === 0 || !isGluedBefore(text.charCodeAt(m.index - 1))) continue;
      const next = text.charCodeAt(m.index + 1);
      if (!(isWordCode(next) || next === 0x2018 || next === 0x27)) continue;
      const wordEnd = wordEndAt(text, m.index + 1);
      emit({
        start: m.index,
        end: wordEnd,
        rule: 'glued-quotes',
        message: 'An opening quote mark is glued to the word before it: a space is missing.',
        suggestions: [` “${text.slice(m.index + 1, wordEnd)}`],
      });
    }
  }

  function frenchQuotes(text: string, emit: (f: PunctuationFinding) => void): void {
    // A closing guillemet counts only after an opening one: alone, » is a web breadcrumb ("Home » World").
    const double = text.indexOf('«');
    const single = text.indexOf('‹');
    const firstOpening = double < 0 ? single : single < 0 ? double : Math.min(double, single);
    if (firstOpening < 0) return;
    GUILLEMET.lastIndex = firstOpening;
    let previousEnd = 0;
    for (let m = GUILLEMET.exec(text); m !== null; m = GUILLEMET.exec(text)) {
      const mark = m[0];
      // The space French sets inside the marks goes too: after an opening one, before a closing one.
      let start = m.index;
      let end = m.index + 1;
      if (mark === '«' || mark === '‹') {
        while (end < text.length && end - m.index <= MAX_SPACES && isHorizontalSpace(text.charCodeAt(end))) end++;
      } else {
        start = Math.max(spacesFrom(text, m.index), previousEnd);
      }
      previousEnd = end;
      emit({
        start,
        end,
        rule: 'guillemets',
        message: 'French quotation marks (guillemets): English uses “ ” with no space inside.',
        suggestions: [guillemets.get(mark) ?? mark],
      });
    }
  }

  function unclosedQuotes(article: Article, emit: (f: PunctuationFinding) => void): void {
    const { text, paragraphs } = article;
    for (const p of paragraphs) {
      for (const q of findQuotations(text, p.start, p.end)) {
        if (!q.double || q.closed) continue;
        if (q.end === p.end) {
          // A quotation running on into the next paragraph: that one reopens with a quote mark
          // (English repeats the opening mark; French may use » there). Unless its own
          // attribution follows inside it (“We will come back, said Norma.): then it should
          // have closed before the comma, whatever the next paragraph does.
          const nextParagraph = paragraphs[p.index + 1];
          if (nextParagraph !== undefined && CONTINUED_QUOTE.test(text[nextParagraph.start]!) && !attributedInside(text, q.start, q.end)) {
            continue;
          }
        }
        // The mark and the next few words, so the editor sees which quotation it is.
        let end = q.start + 1;
        for (let n = 0, i = end; n < UNCLOSED_WORDS && i < q.end; n++) {
          while (i < q.end && !isWordCode(text.charCodeAt(i))) i++;
          if (i >= q.end) break;
          i = Math.min(wordEndAt(text, i), q.end);
          end = i;
        }
        emit({
          start: q.start,
          end,
          rule: 'unclosed-quote',
          message: 'This quotation opens but never closes in its paragraph: add the closing mark where the quoted words end, or drop this one.',
          suggestions: [],
        });
      }
    }
  }

  return {
    family: FAMILY,
    rules: [
      { id: 'doubled-stop', description: 'Two full stops where one is needed ("attack..").' },
      { id: 'stray-punctuation', description: 'Marks in a row left by MT (". ,", ", .", ",,").' },
      { id: 'space-before-punctuation', description: 'A space before a comma or full stop ("word ,").' },
      { id: 'glued-quotes', description: 'Quote marks glued together or to a word (`if any.”“said`).' },
      { id: 'unclosed-quote', description: 'A quotation that opens and never closes in its paragraph.' },
      { id: 'guillemets', description: 'French quotation marks « » in English copy.' },
      { id: 'french-spacing', description: 'A space before : ; ! ? as French typesets them ("he said : ...").' },
      { id: 'inverted-mark', description: 'A Spanish opening question or exclamation mark (¿ ¡) in English copy.' },
    ],
    run(ctx: RuleContext) {
      const text = ctx.article.text;
      const emit = (f: PunctuationFinding) => ctx.emit({ ...f, category: 'fluency/punctuation', severity: 'minor' });
      doubledStops(text, emit);
      strayMarks(text, emit);
      spacesBefore(text, emit);
      frenchSpacing(text, emit);
      frenchQuotes(text, emit);
      invertedMarks(text, emit);
      gluedQuotes(text, emit);
      unclosedQuotes(ctx.article, emit);
    },
  };
};
