import type { PhraseAnalysis } from './phrase-pattern';

/**
 * Analyses of the built-in profiles' calque patterns, keyed by `phraseKey`.
 * Empty here: scripts/build-cli.mjs computes them with analyzePhrasePattern
 * when it bundles the CLI and puts them in place of this module, which spares
 * a fresh process parsing every pattern (~50 ms before the JIT warms up).
 * A pattern missing from the map (a desk's own) is analysed as usual.
 */
export const PRECOMPILED_PHRASES: ReadonlyMap<string, PhraseAnalysis> = new Map();
