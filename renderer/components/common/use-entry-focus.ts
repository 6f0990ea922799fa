// Brings one entry of a register (a risk, a measure) into view and focuses it: its title field when it was just
// created, its header when it was opened from elsewhere (« Y aller », search).
import { useCallback, useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { afterPageFocus } from '../../app/open-request.tsx';

export interface EntryFocus {
  id: string;
  /** `title`: the new entry's title field, selected so that typing replaces it; `header`: its toggle. */
  what: 'title' | 'header';
  /** Wait for the page change to have focused its heading first. */
  afterPage: boolean;
}

export function useEntryFocus(
  list: RefObject<HTMLElement | null>,
  entryCount: number,
): (target: EntryFocus) => void {
  const pending = useRef<EntryFocus | null>(null);
  const attempt = useCallback(() => {
    const target = pending.current;
    if (!target) return;
    const entries = list.current?.querySelectorAll<HTMLElement>('[data-entry-id]') ?? [];
    const entry = [...entries].find((e) => e.dataset.entryId === target.id);
    // Not there yet (the edit that creates it renders next): tried again when the list changes.
    if (!entry) return;
    pending.current = null;
    entry.scrollIntoView?.({ block: 'center' });
    if (target.what === 'title') {
      const input = entry.querySelector<HTMLInputElement>('.entry-panel input');
      input?.focus();
      input?.select();
    } else entry.querySelector<HTMLElement>('.entry-toggle')?.focus();
  }, [list]);
  useEffect(() => attempt(), [entryCount, attempt]);
  return useCallback(
    (target: EntryFocus) => {
      pending.current = target;
      if (target.afterPage) afterPageFocus(attempt);
      else requestAnimationFrame(attempt);
    },
    [attempt],
  );
}
