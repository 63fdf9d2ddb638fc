import { parseArticle } from '../../../src/core/article/article';
import type { Finding } from '../../../src/core/model/finding';
import { builtinProfiles } from '../../../src/core/profiles/builtin';
import type { Profile } from '../../../src/core/profiles/profile';
import type { RuleFactory } from '../../../src/core/rules/rule';

export interface FoundText extends Finding {
  readonly text: string;
}

/** Runs one rule family over text and returns its findings with the text they cover, sorted. */
export function runRule(factory: RuleFactory, text: string, profiles: readonly Profile[] = builtinProfiles()): FoundText[] {
  const rule = factory(profiles);
  const article = parseArticle(text);
  const out: FoundText[] = [];
  rule.run({ article, profiles, emit: (f) => out.push({ ...f, text: text.slice(f.start, f.end) }) });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Just the flagged passages, for compact assertions. */
export function flaggedTexts(factory: RuleFactory, text: string, profiles?: readonly Profile[]): string[] {
  return runRule(factory, text, profiles).map((f) => f.text);
}
