import type { Article } from '../article/article';
import { wordsIn } from '../article/words';
import type { Finding } from '../model/finding';
import type { Profile } from '../profiles/profile';
import { normalizeWord } from './source-word';

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
  /** Words as normalizeWord gives them. */
  readonly words: readonly string[];
  readonly english: string;
  readonly profile: Profile;
}

/** Previous non-space character before `at` within the paragraph, or '' at its start. */
function charBefore(text: string, from: number, at: number): string {
  let i = at - 1;
  while (i >= from && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0' || text[i] === '\n' || text[i] === '\r')) i--;
  return i < from ? '' : text[i]!;
}

const SENTENCE_END = new Set(['', '.', '!', '?', '“', '"', '«', '‘', '(', '—', '–', ':', ';']);
const CLAUSE_BREAK = new Set([',', ';', '(', '—', '–']);
/** Between two words of a connector: one space. */
const ONE_SPACE = /^[ \u00a0]$/;

function matchCase(english: string, capital: boolean): string {
  // Only the first letter: acronyms inside the English ("according to AFP") keep their capitals.
  return (capital ? english[0]!.toUpperCase() : english[0]!.toLowerCase()) + english.slice(1);
}

export function createConnectorMatcher(profiles: readonly Profile[]) {
  /** First word -> connectors starting with it, longest first. */
  const byHead = new Map<string, Connector[]>();
  for (const profile of profiles) {
    for (const entry of profile.untranslated.connectors ?? []) {
      const source = entry.source.toLowerCase();
      const words = wordsIn(source).map((w) => normalizeWord(source.slice(w.start, w.end)));
      if (words.length === 0) continue;
      const list = byHead.get(words[0]!) ?? [];
      list.push({ words, english: entry.english, profile });
      list.sort((a, b) => b.words.length - a.words.length);
      byHead.set(words[0]!, list);
    }
  }

  /** The connectors of the article as findings, in text order. */
  function find(article: Article): Finding[] {
    if (byHead.size === 0) return [];
    const { count, starts, ends, ids, forms, paragraphFirst } = article.wordTable();
    // Each distinct form of the article is looked up once; most articles have no connector head.
    const normal = forms.map(normalizeWord);
    const heads = normal.map((w) => byHead.get(w));
    if (heads.every((h) => h === undefined)) return [];
    const text = article.text;
    const out: Finding[] = [];
    let paragraph = 0;
    for (let i = 0; i < count; i++) {
      const candidates = heads[ids[i]!];
      if (candidates === undefined) continue;
      while (paragraphFirst[paragraph + 1]! <= i) paragraph++;
      const last = paragraphFirst[paragraph + 1]!;
      for (const c of candidates) {
        const n = c.words.length;
        if (i + n > last) continue;
        let k = 1;
        while (k < n && normal[ids[i + k]!] === c.words[k] && ONE_SPACE.test(text.slice(ends[i + k - 1]!, starts[i + k]!))) k++;
        if (k < n) continue;
        const start = starts[i]!;
        const end = ends[i + n - 1]!;
        if (text[end] !== ',') continue;
        const before = charBefore(text, article.paragraphs[paragraph]!.start, start);
        const capital = text[start] !== text[start]!.toLowerCase();
        if (!(capital ? SENTENCE_END.has(before) : CLAUSE_BREAK.has(before))) continue;
        const english = matchCase(c.english, capital);
        out.push({
          start,
          end,
          rule: 'untranslated-word',
          category: 'accuracy/untranslated',
          severity: 'major',
          message: `${c.profile.name} connector “${text.slice(start, end)}” left untranslated; in English, “${english}”.`,
          suggestions: [english],
          profile: c.profile.id,
        });
        i += n - 1;
        break;
      }
    }
    return out;
  }

  return { find };
}
