import type { Finding } from '../model/finding';
import type { Span } from '../model/span';
import type { IssueOverride, ReviewState } from './review-state';

/** A finding as the editor sees it: with any category or severity they set. */
export type Issue = Finding;

function sameOccurrence(a: Span & { readonly rule: string }, b: Span & { readonly rule: string }): boolean {
  return a.rule === b.rule && a.start === b.start && a.end === b.end;
}

/** Stable key of an issue for lists and overrides: rule and range. */
export function issueKey(issue: Span & { readonly rule: string }): string {
  return `${issue.rule}@${issue.start}-${issue.end}`;
}

function withOverride(f: Finding, overrides: readonly IssueOverride[]): Issue {
  const o = overrides.find((x) => sameOccurrence(x, f));
  if (o === undefined) return f;
  return { ...f, category: o.category ?? f.category, severity: o.severity ?? f.severity };
}

/**
 * The findings still to review, in text order: without dismissed occurrences
 * and dismissed rules. Memoised on the state fields it reads, since every
 * render and every action asks for it.
 */
export function visibleIssues(state: ReviewState): readonly Issue[] {
  const cached = cache.get(state.findings);
  if (
    cached !== undefined &&
    cached.occurrences === state.dismissedOccurrences &&
    cached.rules === state.dismissedRules &&
    cached.overrides === state.overrides
  ) {
    return cached.issues;
  }
  const rules = new Set(state.dismissedRules.map((r) => r.rule));
  const issues = state.findings
    .filter((f) => !rules.has(f.rule) && !state.dismissedOccurrences.some((d) => sameOccurrence(d, f)))
    .map((f) => withOverride(f, state.overrides));
  cache.set(state.findings, {
    occurrences: state.dismissedOccurrences,
    rules: state.dismissedRules,
    overrides: state.overrides,
    issues,
  });
  return issues;
}

interface CacheEntry {
  readonly occurrences: ReviewState['dismissedOccurrences'];
  readonly rules: ReviewState['dismissedRules'];
  readonly overrides: ReviewState['overrides'];
  readonly issues: readonly Issue[];
}

const cache = new WeakMap<readonly Finding[], CacheEntry>();

export function currentIssue(state: ReviewState): Issue | null {
  return visibleIssues(state)[state.current] ?? null;
}

/** The suggestion accept would take, or null when the issue has none. */
export function currentSuggestion(state: ReviewState): string | null {
  const issue = currentIssue(state);
  if (issue === null || issue.suggestions.length === 0) return null;
  return issue.suggestions[state.suggestion % issue.suggestions.length] ?? null;
}

/** Index of the first issue starting at or after `offset` (the last one when none does). */
export function issueIndexAt(issues: readonly Issue[], offset: number): number {
  const i = issues.findIndex((x) => x.start >= offset);
  if (i >= 0) return i;
  return Math.max(0, issues.length - 1);
}
