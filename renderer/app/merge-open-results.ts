import type { OpenResult } from '../../src/core/api/contract';

/** Several opens (one per dropped or picked file) as one result, in order. */
export function mergeOpenResults(results: readonly OpenResult[]): OpenResult {
  return {
    stories: results.flatMap((r) => r.stories),
    failures: results.flatMap((r) => r.failures),
    warnings: results.flatMap((r) => r.warnings),
  };
}
