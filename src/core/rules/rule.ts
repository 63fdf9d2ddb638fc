import type { Article } from '../article/article';
import type { Finding } from '../model/finding';
import type { Profile } from '../profiles/profile';

/** What a rule sees: the parsed article, the active source-language profiles, and a sink for findings. */
export interface RuleContext {
  readonly article: Article;
  readonly profiles: readonly Profile[];
  emit(finding: Finding): void;
}

/**
 * A rule family. Rules are pure: same article and profiles, same findings.
 * Anything costly to build from data (regexes, lookup maps) is built once per
 * profile set in `prepare`, not on every run.
 */
export interface Rule {
  /** The family, e.g. "punctuation"; one module per family. */
  readonly family: string;
  /** The rule ids this family emits (a finding's `rule`), each with one line for `copydesk rules` and the app. */
  readonly rules: readonly RuleInfo[];
  run(ctx: RuleContext): void;
}

export interface RuleInfo {
  readonly id: string;
  readonly description: string;
}

/** Builds a rule for a set of profiles; compiled data is kept in the closure. */
export type RuleFactory = (profiles: readonly Profile[]) => Rule;
