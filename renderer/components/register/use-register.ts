// Reads the register of assessments from the main process: the rows come by pages while main reads the folders in
// the background, so the first ones show at once; the hook polls until the reading is done.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError, Preferences } from '../../../core/api.ts';
import type { RegisterEntry } from '../../../core/register/entry.ts';
import { useApi } from '../../app/api-context.tsx';

export interface RegisterState {
  entries: RegisterEntry[];
  asOf: string | null;
  read: number;
  total: number | null;
  done: boolean;
  error: ApiError | null;
}

const POLL_MS = 150;
const EMPTY: RegisterState = { entries: [], asOf: null, read: 0, total: null, done: false, error: null };

/** The register of the folders in the preferences; `reload` reads them again. */
export function useRegister(preferences: Preferences): RegisterState & { reload: () => void } {
  const api = useApi();
  const [state, setState] = useState<RegisterState>(EMPTY);
  const [reading, setReading] = useState(0);
  // The folders' list, not the array's identity, decides when to read again.
  const folders = (preferences.registerFolders ?? []).join('\n');

  useEffect(() => {
    let live = true;
    void (async () => {
      if (folders === '') {
        await Promise.resolve();
        if (live) setState({ ...EMPTY, done: true });
        return;
      }
      const started = await api.startRegister();
      if (!live) return;
      if (!started.ok) return setState({ ...EMPTY, done: true, error: started.error });
      let page = started.value;
      const entries = [...page.entries];
      for (;;) {
        setState({
          entries: [...entries],
          asOf: page.asOf,
          read: page.read,
          total: page.total,
          done: page.done,
          error: null,
        });
        if (page.done) return;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!live) return;
        const next = await api.registerPage({ scanId: page.scanId, from: entries.length });
        if (!live) return;
        if (!next.ok) return setState((s) => ({ ...s, done: true, error: next.error }));
        page = next.value;
        entries.push(...page.entries);
      }
    })();
    return () => {
      live = false;
    };
  }, [api, folders, reading]);

  const reload = useCallback(() => {
    setState(EMPTY);
    setReading((n) => n + 1);
  }, []);
  return { ...state, reload };
}
