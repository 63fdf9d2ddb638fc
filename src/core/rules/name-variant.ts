import type { RuleFactory } from './rule';

// Placeholder until the rule family lands.
export const nameVariantRule: RuleFactory = () => ({ family: 'name-variant', rules: [], run() {} });
