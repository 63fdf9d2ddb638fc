import { createContext, useContext } from 'react';
import type { CopydeskApi } from '../../src/core/api/contract';

/** The one way views reach the back end; tests provide an in-memory one. */
export const ApiContext = createContext<CopydeskApi | null>(null);

export function useApi(): CopydeskApi {
  const api = useContext(ApiContext);
  if (api === null) throw new Error('useApi outside ApiContext');
  return api;
}
