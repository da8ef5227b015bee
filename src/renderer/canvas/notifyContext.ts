/** The app's notice function, for canvas parts that report a refused edit. */
import { createContext, useContext } from 'react';

export type NotifyFn = (message: string, kind?: 'info' | 'error') => void;

export const NotifyContext = createContext<NotifyFn>(() => undefined);

export function useNotify(): NotifyFn {
  return useContext(NotifyContext);
}
