// Which camera, risk or measure the editor was asked to open (by « Y aller » or a search result): the register that
// holds it opens it, scrolls it into view and focuses it, then marks the request done so that it is not replayed.
import { createContext, use, useEffect, useRef } from 'react';

export type OpenableKind = 'camera' | 'risk' | 'measure';

export interface OpenRequest {
  kind: OpenableKind;
  id: string;
  /** Tells two requests for the same entity apart. */
  seq: number;
}

export interface OpenRequestValue {
  request: OpenRequest | null;
  done: (seq: number) => void;
}

export const OpenRequestContext = createContext<OpenRequestValue>({ request: null, done: () => undefined });

/** Calls `open` once for each request of this kind, when the register is shown. */
export function useOpenRequest(kind: OpenableKind, open: (id: string) => void): void {
  const { request, done } = use(OpenRequestContext);
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    if (!request || request.kind !== kind) return;
    latest.current(request.id);
    done(request.seq);
  }, [request, kind, done]);
}

/** Runs after the frames in which the page change moved focus to its heading, so that this focus wins. */
export function afterPageFocus(run: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(run));
}
