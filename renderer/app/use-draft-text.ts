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

/**
 * The same draft rule for an editor that keeps its own state (the rich-text editor): `change` is told how to read
 * the text, which is read only when it is committed, after a pause, on blur or before a save. A text equal to the
 * document's is no commit, so opening, reading and re-reading an answer never marks the document changed.
 */
export function useDraftCommit(value: string, onCommit: (text: string) => void, delayMs = COMMIT_DELAY_MS) {
  const pending = useRef<(() => string) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(onCommit);
  const valueRef = useRef(value);
  useEffect(() => {
    commitRef.current = onCommit;
    valueRef.current = value;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const read = pending.current;
    if (read === null) return;
    pending.current = null;
    const next = read();
    if (next !== valueRef.current) commitRef.current(next);
  }, []);

  const change = useCallback(
    (read: () => string) => {
      pending.current = read;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  /** Forgets what is being typed: a change from outside (undo of the document) replaced it. */
  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
  }, []);

  useEffect(() => {
    window.addEventListener(FLUSH_EVENT, flush);
    return () => {
      window.removeEventListener(FLUSH_EVENT, flush);
      flush();
    };
  }, [flush]);

  return { change, flush, cancel };
}
