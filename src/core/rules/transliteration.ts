import type { RuleFactory } from './rule';

// Placeholder until the rule family lands.
export const transliterationRule: RuleFactory = () => ({ family: 'transliteration', rules: [], run() {} });
