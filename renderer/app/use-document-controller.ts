// The open document's controller: the reducer with undo/redo, autosave, save, close, the keyboard shortcuts and menu
// commands meant for a document, and `flush()`, which commits what is still being typed and returns the assessment.
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useReducer, useRef, useState } from 'react';
import type { ApiError, MenuCommand, OpenedDocument } from '../../core/api.ts';
import type { SignatureVerdict } from '../../core/model/signature-verdict.ts';
import type { Template } from '../../core/template/schema.ts';
import type { Edit } from '../../core/assessment/edits.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import { useApi } from './api-context.tsx';
import { documentReducer, initialDocumentState, isDirty } from './document-state.ts';
import type { DocumentAction, DocumentState } from './document-state.ts';
import { createUploader } from './document-upload.ts';
import { flushDrafts } from './use-draft-text.ts';

/** Autosave waits this long after the last change. */
export const AUTOSAVE_DELAY_MS = 1500;

const withModifiedAt = (assessment: Assessment): Assessment => ({
  ...assessment,
  meta: { ...assessment.meta, modifiedAt: new Date().toISOString() },
});

function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'range', 'submit'].includes(target.type)
  );
}

export interface DocumentController {
  state: DocumentState;
  edit: (key: string, change: Edit) => void;
  undo: () => void;
  redo: () => void;
  /** Commits every text still being typed and returns the assessment as it now is, dated now. Synchronous. */
  flush: () => Assessment;
  save: (saveAs?: boolean) => Promise<void>;
  /** Saves what must be saved and closes the document; false when the user chose to stay. */
  close: () => Promise<boolean>;
  /**
   * The main process changed the document (signed it, reopened it, moved it to a newer template version): its
   * version replaces ours, with the new template when there is one.
   */
  replaced: (
    assessment: Assessment,
    signature: SignatureVerdict,
    saved: { savedAt: string; filePath: string } | null,
    template?: Template,
  ) => void;
  saving: boolean;
  saveError: ApiError | null;
  dismissSaveError: () => void;
  exporting: boolean;
  setExporting: (exporting: boolean) => void;
}

export function useDocumentController(opened: OpenedDocument, onClosed: () => void): DocumentController {
  const api = useApi();
  const [state, dispatchToReact] = useReducer(documentReducer, opened, initialDocumentState);
  const { signed } = state;
  const [exporting, setExporting] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  // The state with every dispatched action applied, without waiting for React to render: what `flush()` reads.
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const dispatch = useCallback((action: DocumentAction) => {
    latest.current = documentReducer(latest.current, action);
    dispatchToReact(action);
  }, []);

  // Saves send only what changed since the version the main process holds.
  const [upload] = useState(() => createUploader(opened.assessment));

  const edit = useCallback(
    (key: string, change: Edit) => dispatch({ type: 'edit', key, at: Date.now(), edit: change }),
    [dispatch],
  );
  const undo = useCallback(() => {
    flushDrafts();
    dispatch({ type: 'undo' });
  }, [dispatch]);
  const redo = useCallback(() => dispatch({ type: 'redo' }), [dispatch]);
  const flush = useCallback(() => {
    flushDrafts();
    return withModifiedAt(latest.current.assessment);
  }, []);

  // Autosave: shortly after the last change, to the file if there is one, else to a draft.
  useEffect(() => {
    if (signed || state.revision === state.savedRevision) return;
    const { revision, sessionId } = state;
    const snapshot = state.assessment;
    const timer = setTimeout(() => {
      void upload(withModifiedAt(snapshot), (u) => api.autosave({ sessionId, ...u })).then((result) => {
        if (result.ok) {
          setSaveError(null);
          dispatch({ type: 'saved', revision, savedAt: result.value.savedAt, target: result.value.target });
        } else {
          setSaveError(result.error);
        }
      });
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, signed, state, dispatch, upload]);

  const save = useCallback(
    async (saveAs = false) => {
      if (signed) return;
      const assessment = flush();
      const { sessionId, revision } = latest.current;
      setSaving(true);
      const result = await upload(assessment, (u) => api.saveDocument({ sessionId, saveAs, ...u }));
      setSaving(false);
      if (!result.ok) return setSaveError(result.error);
      setSaveError(null);
      if (result.value) {
        dispatch({
          type: 'saved',
          revision,
          savedAt: result.value.savedAt,
          target: 'file',
          filePath: result.value.filePath,
        });
      }
    },
    [api, signed, flush, dispatch, upload],
  );

  const close = useCallback(async (): Promise<boolean> => {
    const assessment = flush();
    const current = latest.current;
    if (!signed && isDirty(current)) {
      const saved = await upload(assessment, (u) => api.autosave({ sessionId: current.sessionId, ...u }));
      if (!saved.ok) {
        setSaveError(saved.error);
        return false;
      }
    }
    // A document that exists only as a draft makes the main process ask: save, discard or cancel.
    const result = await api.closeDocument({ sessionId: current.sessionId });
    if (!result.ok) {
      setSaveError(result.error);
      return false;
    }
    if (!result.value.closed) return false;
    onClosed();
    return true;
  }, [api, signed, onClosed, flush, upload]);

  const replaced = useCallback(
    (
      next: Assessment,
      signature: SignatureVerdict,
      saved: { savedAt: string; filePath: string } | null,
      template?: Template,
    ) => dispatch({ type: 'replaced', assessment: next, signature, saved, template }),
    [dispatch],
  );

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 's') {
      event.preventDefault();
      void save(event.shiftKey);
    } else if ((key === 'z' || key === 'y') && !isTextTarget(event.target)) {
      event.preventDefault();
      if (key === 'y' || event.shiftKey) redo();
      else undo();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const onMenu = useEffectEvent((command: MenuCommand) => {
    if (command === 'save') void save(false);
    else if (command === 'save-as') void save(true);
    else if (command === 'export-docx') setExporting(true);
    else if (command === 'close') void close();
  });
  useEffect(() => api.onMenuCommand((command) => onMenu(command)), [api]);

  const dismissSaveError = useCallback(() => setSaveError(null), []);

  return {
    state,
    edit,
    undo,
    redo,
    flush,
    save,
    close,
    replaced,
    saving,
    saveError,
    dismissSaveError,
    exporting,
    setExporting,
  };
}
