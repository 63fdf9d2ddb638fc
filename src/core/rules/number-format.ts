import type { RuleFactory } from './rule';

// Placeholder until the rule family lands.
export const numberFormatRule: RuleFactory = () => ({ family: 'number-format', rules: [], run() {} });
