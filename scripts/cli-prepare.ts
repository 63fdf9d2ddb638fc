// Work that scripts/build-cli.mjs does once per build instead of once per run
// of the CLI. The build bundles this file, runs it, and puts its results in
// the CLI bundle (see src/core/profiles/builtin-checked.ts and
// src/core/rules/phrase-precompiled.ts).
import { builtinProfiles } from '../src/core/profiles/builtin';
import { analyzePhrasePattern, phraseKey, type PhraseAnalysis } from '../src/core/rules/phrase-pattern';

export interface Prepared {
  /** [phraseKey, analysis] of every calque pattern of the built-in profiles. */
  readonly phrases: readonly (readonly [string, PhraseAnalysis])[];
}

/** Validates the built-in profiles (throws a ProfileError naming the problem) and analyses their calque patterns. */
export function prepare(): Prepared {
  const phrases = new Map<string, PhraseAnalysis>();
  for (const profile of builtinProfiles()) {
    for (const entry of profile.calques) {
      const caseSensitive = entry.caseSensitive === true;
      phrases.set(phraseKey(entry.pattern, caseSensitive), analyzePhrasePattern(entry.pattern, caseSensitive));
    }
  }
  return { phrases: [...phrases] };
}
