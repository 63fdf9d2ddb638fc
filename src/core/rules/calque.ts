import type { RuleFactory } from './rule';

// Placeholder until the rule family lands.
export const calqueRule: RuleFactory = () => ({ family: 'calque', rules: [], run() {} });
