import type { OpenResult } from '../../src/core/api/contract';
import type { DeskMessage } from './use-desk';

/**
 * One line for the editor about what an open did: how many stories came in,
 * which files were refused and why, and what was worth a warning. Nothing
 * refused goes unmentioned, so a file never silently fails to appear.
 */
export function describeOpenResult(result: OpenResult): DeskMessage | null {
  const parts: string[] = [];
  const n = result.stories.length;
  if (n > 0) parts.push(`Opened ${n} ${n === 1 ? 'story' : 'stories'}.`);
  for (const f of result.failures) parts.push(`Could not open ${f.path}: ${sentence(f.reason)}`);
  for (const w of result.warnings) parts.push(`${w.path}: ${sentence(w.reason)}`);
  if (parts.length === 0) return { kind: 'warning', text: 'Nothing to open: no .txt files there.' };
  const kind = result.failures.length > 0 ? 'error' : result.warnings.length > 0 ? 'warning' : 'info';
  return { kind, text: parts.join(' ') };
}

function sentence(reason: string): string {
  return /[.!?]$/.test(reason) ? reason : `${reason}.`;
}
