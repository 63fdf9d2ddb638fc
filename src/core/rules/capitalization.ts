import type { RuleFactory } from './rule';

// Placeholder until the rule family lands.
export const capitalizationRule: RuleFactory = () => ({ family: 'capitalization', rules: [], run() {} });
