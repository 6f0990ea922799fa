// The DpiaApi reaches components through a context, so tests give them a fake and the app gives them window.dpia.
import { createContext, use } from 'react';
import type { ReactNode } from 'react';
import type { DpiaApi } from '../../core/api.ts';

declare global {
  interface Window {
    /** Set by the preload (or the e2e bridge); the renderer's only way out. */
    dpia?: DpiaApi;
  }
}

const ApiContext = createContext<DpiaApi | null>(null);

export function ApiProvider({ api, children }: { api: DpiaApi; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

export function useApi(): DpiaApi {
  const api = use(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
