import type { RuleFactory } from './rule';

// Placeholder until the rule family lands.
export const sentenceBoundaryRule: RuleFactory = () => ({ family: 'sentence-boundary', rules: [], run() {} });
