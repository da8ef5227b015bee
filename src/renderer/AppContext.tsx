/** What every component may reach: the typed API client and the document store. */
import { createContext, useContext } from 'react';
import type { CallFn } from '../shared/api/contract.ts';
import type { Transport } from './api/transport.ts';
import type { UseDocStore } from './store/docStore.ts';

export interface AppServices {
  call: CallFn;
  transport: Transport;
  useDoc: UseDocStore;
}

/** The services plus what the application frame adds; commands, views and panels get this. */
export interface CommandContext extends AppServices {
  /** Shows a message to the user (status bar / toast). */
  notify(message: string, kind?: 'info' | 'error'): void;
}

export const AppContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('AppContext missing: render inside <AppContext.Provider>');
  return services;
}

/** Narrow selector over the document store. */
export function useDocState<T>(selector: (s: ReturnType<UseDocStore['getState']>) => T): T {
  return useServices().useDoc(selector);
}
