import type { RuleFactory } from './rule';

// Placeholder until the rule family lands.
export const honorificRule: RuleFactory = () => ({ family: 'honorific', rules: [], run() {} });
