import type { Article } from '../article/article';
import type { Finding } from '../model/finding';
import type { Profile } from '../profiles/profile';

/**
 * Sentence connectors MT leaves in the source language: "Toutefois, the
 * results must be validated", "Sin embargo, analysts warn", "the talks,
 * asimismo, stalled". They are the words an MT system most often passes
 * through untouched, because they sit outside the clause it translates, and
 * the editor wants the English one. Each profile lists them with their English
 * (untranslated.connectors). A connector counts where a connector stands:
 * opening a sentence and followed by a comma, or set off by commas inside one.
 */

interface Connector {
  /** Lower-case words, apostrophes straight, NFC. */
  readonly words: readonly string[];
  readonly source: string;
  readonly english: string;
  readonly profile: Profile;
}

export interface ConnectorMatch {
  readonly start: number;
  readonly end: number;
  readonly finding: Finding;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function normalize(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’')) w = w.replace(/’/g, "'");
  return /[\u0300-\u036f]/.test(w) ? w.normalize('NFC') : w;
}

/** Previous non-space character before `at` within the paragraph, or '' at its start. */
function charBefore(text: string, from: number, at: number): string {
  let i = at - 1;
  while (i >= from && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0' || text[i] === '\n' || text[i] === '\r')) i--;
  return i < from ? '' : text[i]!;
}

const SENTENCE_END = new Set(['', '.', '!', '?', '“', '"', '«', '‘', '(', '—', '–', ':', ';']);
const CLAUSE_BREAK = new Set([',', ';', '(', '—', '–']);

function matchCase(english: string, capital: boolean): string {
  // Acronyms inside the English ("according to AFP") keep their capitals.
  return capital ? english[0]!.toUpperCase() + english.slice(1) : english[0]!.toLowerCase() + english.slice(1);
}

export function createConnectorMatcher(profiles: readonly Profile[]) {
  /** First word -> connectors starting with it, longest first. */
  const byHead = new Map<string, Connector[]>();
  for (const profile of profiles) {
    for (const entry of profile.untranslated.connectors ?? []) {
      const words = (entry.source.match(WORD) ?? []).map(normalize);
      if (words.length === 0) continue;
      const list = byHead.get(words[0]!) ?? [];
      list.push({ words, source: entry.source, english: entry.english, profile });
      list.sort((a, b) => b.words.length - a.words.length);
      byHead.set(words[0]!, list);
    }
  }

  /** The connectors of the article, in text order. */
  function find(article: Article): ConnectorMatch[] {
    if (byHead.size === 0) return [];
    const vocabulary = article.vocabulary();
    let any = false;
    for (const head of byHead.keys()) {
      if (vocabulary.has(head)) {
        any = true;
        break;
      }
    }
    if (!any) return [];
    const text = article.text;
    const { count, starts, ends, ids, forms, paragraphFirst } = article.wordTable();
    const out: ConnectorMatch[] = [];
    let paragraph = 0;
    for (let i = 0; i < count; i++) {
      while (paragraphFirst[paragraph + 1]! <= i) paragraph++;
      const candidates = byHead.get(normalize(forms[ids[i]!]!));
      if (candidates === undefined) continue;
      const last = paragraphFirst[paragraph + 1]!;
      const from = article.paragraphs[paragraph]!.start;
      for (const c of candidates) {
        const n = c.words.length;
        if (i + n > last) continue;
        let k = 1;
        while (k < n && normalize(forms[ids[i + k]!]!) === c.words[k] && /^[ \u00a0]$/.test(text.slice(ends[i + k - 1]!, starts[i + k]!))) k++;
        if (k < n) continue;
        const start = starts[i]!;
        const end = ends[i + n - 1]!;
        if (text[end] !== ',') continue;
        const before = charBefore(text, from, start);
        const capital = text[start] !== text[start]!.toLowerCase();
        const opensSentence = capital && SENTENCE_END.has(before);
        const setOff = !capital && CLAUSE_BREAK.has(before);
        if (!opensSentence && !setOff) continue;
        const passage = text.slice(start, end);
        out.push({
          start,
          end,
          finding: {
            start,
            end,
            rule: 'untranslated-word',
            category: 'accuracy/untranslated',
            severity: 'major',
            message: `${c.profile.name} connector “${passage}” left untranslated; in English, “${matchCase(c.english, capital)}”.`,
            suggestions: [matchCase(c.english, capital)],
            profile: c.profile.id,
          },
        });
        i += n - 1;
        break;
      }
    }
    return out;
  }

  return { find };
}
