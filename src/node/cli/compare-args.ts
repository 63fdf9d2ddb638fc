import type { OutputFormat } from './args';
import { UsageError } from './usage-error';

/** Which file of `compare` is the original: a, b, none (two reports of one event), or found by language. */
export type SourceOf = 'a' | 'b' | 'none' | 'auto';

export interface CompareCommand {
  readonly name: 'compare';
  readonly a: string;
  readonly b: string;
  readonly format: OutputFormat;
  readonly sourceOf: SourceOf;
}

/** The arguments of `compare A B [--source-of a|b|none]`; throws UsageError. */
export function parseCompareArgs(files: readonly string[], format: OutputFormat, sourceOf: string | undefined): CompareCommand {
  if (files.length !== 2) throw new UsageError(`compare needs exactly two files, A and B (got ${files.length})`);
  if (sourceOf !== undefined && sourceOf !== 'a' && sourceOf !== 'b' && sourceOf !== 'none') {
    throw new UsageError(`--source-of must be a, b or none (got "${sourceOf}")`);
  }
  return { name: 'compare', a: files[0]!, b: files[1]!, format, sourceOf: sourceOf ?? 'auto' };
}
