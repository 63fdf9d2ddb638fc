import type { RuleFactory } from './rule';

// Placeholder until the rule family lands.
export const punctuationRule: RuleFactory = () => ({ family: 'punctuation', rules: [], run() {} });
