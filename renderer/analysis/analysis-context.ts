import { createContext, useContext } from 'react';
import type { AnalysisRunner } from './analysis-runner';

/** The analysis runner of the app; tests provide an inline one. */
export const AnalysisContext = createContext<AnalysisRunner | null>(null);

export function useAnalysisRunner(): AnalysisRunner {
  const runner = useContext(AnalysisContext);
  if (runner === null) throw new Error('useAnalysisRunner outside AnalysisContext');
  return runner;
}
