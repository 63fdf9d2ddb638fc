import type { RuleFactory } from './rule';

// Placeholder until the rule family lands.
export const exonymRule: RuleFactory = () => ({ family: 'exonym', rules: [], run() {} });
