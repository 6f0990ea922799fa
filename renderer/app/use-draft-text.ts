// Keeps what the user types in the field itself, and commits it to the document after a pause or on blur: typing
// re-renders one field, never the whole document.
import { useCallback, useEffect, useRef, useState } from 'react';

/** Milliseconds of pause before a typed text is committed. */
export const COMMIT_DELAY_MS = 400;

const FLUSH_EVENT = 'dpia-flush-drafts';

/** Commits every text still being typed, e.g. before saving; the commits reach the document on the next render. */
export function flushDrafts(): void {
  window.dispatchEvent(new Event(FLUSH_EVENT));
}

export function useDraftText(value: string, onCommit: (text: string) => void, delayMs = COMMIT_DELAY_MS) {
  const [text, setText] = useState(value);
  // The value last seen from the document: a different one means an outside change (undo, redo), which wins.
  const [base, setBase] = useState(value);
  if (value !== base) {
    setBase(value);
    setText(value);
  }
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    setBase(next);
    commitRef.current(next);
  }, []);

  const change = useCallback(
    (next: string) => {
      setText(next);
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  // Leaving the page while typing must not lose the last words; saving commits what is still being typed.
  useEffect(() => {
    window.addEventListener(FLUSH_EVENT, flush);
    return () => {
      window.removeEventListener(FLUSH_EVENT, flush);
      flush();
    };
  }, [flush]);

  return { text, change, flush };
}
