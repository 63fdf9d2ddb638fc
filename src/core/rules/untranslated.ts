import type { RuleFactory } from './rule';

// Placeholder until the rule family lands.
export const untranslatedRule: RuleFactory = () => ({ family: 'untranslated', rules: [], run() {} });
