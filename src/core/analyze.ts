import { parseArticle, type Article } from './article/article';
import { detectLanguage } from './language';
import type { Finding } from './model/finding';
import { mergeFindings } from './merge-findings';
import { builtinProfiles } from './profiles/builtin';
import type { Profile } from './profiles/profile';
import { RULE_FACTORIES } from './rules/index';
import type { Rule, RuleInfo } from './rules/rule';

export interface AnalysisResult {
  /** franc's ISO 639-3 code for the article as a whole ("eng"), or "und" when too short to tell. */
  readonly language: string;
  readonly words: number;
  /** Sorted by start, then end. */
  readonly findings: readonly Finding[];
}

export interface AnalyzerOptions {
  /** Source-language profiles to use; defaults to all built-in ones. */
  readonly profiles?: readonly Profile[];
  /** Rule ids to leave out. */
  readonly disabledRules?: readonly string[];
}

export interface Analyzer {
  readonly profiles: readonly Profile[];
  readonly rules: readonly RuleInfo[];
  analyze(text: string): AnalysisResult;
  analyzeArticle(article: Article): AnalysisResult;
}

function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Builds an analyzer: rule data is compiled once here, so analyze() itself
 * only walks the text. Keep one analyzer per profile set and reuse it.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const profiles = options.profiles ?? builtinProfiles();
  const disabled = new Set(options.disabledRules ?? []);
  const rules: Rule[] = RULE_FACTORIES.map((make) => make(profiles));
  const francCodes = profiles.map((p) => p.franc);

  function analyzeArticle(article: Article): AnalysisResult {
    const findings: Finding[] = [];
    const ctx = {
      article,
      profiles,
      emit(f: Finding) {
        if (!disabled.has(f.rule)) findings.push(f);
      },
    };
    for (const rule of rules) rule.run(ctx);
    findings.sort(compareFindings);
    return {
      language: detectLanguage(article.text, francCodes),
      // The table's count is words().length without an object per word.
      words: article.wordTable().count,
      findings: mergeFindings(findings),
    };
  }

  return {
    profiles,
    rules: rules.flatMap((r) => r.rules),
    analyze: (text) => analyzeArticle(parseArticle(text)),
    analyzeArticle,
  };
}

let shared: Analyzer | undefined;

/** Analyze text with the built-in profiles and every rule. */
export function analyze(text: string): AnalysisResult {
  shared ??= createAnalyzer();
  return shared.analyze(text);
}
