import type { RuleFactory } from './rule';

// Placeholder until the rule family lands.
export const repeatedWordRule: RuleFactory = () => ({ family: 'repeated-word', rules: [], run() {} });
