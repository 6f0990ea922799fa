// Whether the window is too narrow for the help column beside the page (then the help is a drawer).
import { useSyncExternalStore } from 'react';

/** The width below which the help becomes a drawer; editor-layout.css uses the same value. */
export const NARROW_WINDOW = '(max-width: 1100px)';

function query(): MediaQueryList | null {
  // jsdom has no matchMedia: the tests see a wide window.
  return typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_WINDOW) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

export function useNarrowWindow(): boolean {
  return useSyncExternalStore(subscribe, () => query()?.matches ?? false);
}
