import type { RuleFactory } from './rule';

// Placeholder until the rule family lands.
export const acronymRule: RuleFactory = () => ({ family: 'acronym', rules: [], run() {} });
