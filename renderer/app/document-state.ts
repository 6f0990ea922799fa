// The open document as React state: one reducer, an undo/redo history of whole assessments (cheap thanks to
// structural sharing), and the revision counters that drive autosave and the save indicator.
import type { Edit } from '../../core/assessment/edits.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import type { Template } from '../../core/template/schema.ts';
import type { OpenedDocument } from '../../core/api.ts';

/** How many steps Ctrl+Z can go back. */
export const HISTORY_LIMIT = 200;
/** Edits of the same field closer than this merge into one undo step (typing a word is one step, not ten). */
export const COALESCE_MS = 1500;

export type { Edit };

export interface DocumentState {
  sessionId: string;
  filePath: string | null;
  template: Template;
  signed: boolean;
  assessment: Assessment;
  past: Assessment[];
  future: Assessment[];
  lastEdit: { key: string; at: number } | null;
  /** Increases on every change, undo and redo included. */
  revision: number;
  /** The revision last written to disk (file or draft). */
  savedRevision: number;
  savedAt: string | null;
  savedTarget: 'file' | 'draft' | null;
}

export type DocumentAction =
  /** `key` names what was edited (e.g. `answer:context.purposes`), for merging keystrokes into one undo step. */
  | { type: 'edit'; key: string; at: number; edit: Edit }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'saved'; revision: number; savedAt: string; target: 'file' | 'draft'; filePath?: string | null }
  /**
   * The main process changed the document itself (signed it, or reopened a signed one): its version replaces ours,
   * and the history restarts, since a signature cannot be undone from here.
   */
  | {
      type: 'replaced';
      assessment: Assessment;
      signed: boolean;
      saved: { savedAt: string; filePath: string } | null;
    };

export function initialDocumentState(opened: OpenedDocument): DocumentState {
  return {
    sessionId: opened.sessionId,
    filePath: opened.filePath,
    template: opened.template,
    signed: opened.signed,
    assessment: opened.assessment,
    past: [],
    future: [],
    lastEdit: null,
    revision: 0,
    savedRevision: 0,
    savedAt: null,
    savedTarget: opened.filePath ? 'file' : null,
  };
}

export function documentReducer(state: DocumentState, action: DocumentAction): DocumentState {
  switch (action.type) {
    case 'edit': {
      const next = action.edit(state.assessment);
      if (next === state.assessment) return state;
      const coalesce =
        state.lastEdit !== null &&
        state.lastEdit.key === action.key &&
        action.at - state.lastEdit.at < COALESCE_MS &&
        state.future.length === 0 &&
        state.past.length > 0;
      const past = coalesce ? state.past : [...state.past, state.assessment].slice(-HISTORY_LIMIT);
      return {
        ...state,
        assessment: next,
        past,
        future: [],
        lastEdit: { key: action.key, at: action.at },
        revision: state.revision + 1,
      };
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return {
        ...state,
        assessment: previous,
        past: state.past.slice(0, -1),
        future: [state.assessment, ...state.future],
        lastEdit: null,
        revision: state.revision + 1,
      };
    }
    case 'redo': {
      const next = state.future[0];
      if (!next) return state;
      return {
        ...state,
        assessment: next,
        past: [...state.past, state.assessment],
        future: state.future.slice(1),
        lastEdit: null,
        revision: state.revision + 1,
      };
    }
    case 'replaced':
      return {
        ...state,
        assessment: action.assessment,
        signed: action.signed,
        past: [],
        future: [],
        lastEdit: null,
        revision: state.revision + 1,
        savedRevision: action.saved ? state.revision + 1 : state.savedRevision,
        savedAt: action.saved?.savedAt ?? state.savedAt,
        savedTarget: action.saved ? 'file' : state.savedTarget,
        filePath: action.saved?.filePath ?? state.filePath,
      };
    case 'saved':
      return {
        ...state,
        savedRevision: Math.max(state.savedRevision, action.revision),
        savedAt: action.savedAt,
        savedTarget: action.target,
        filePath: action.filePath === undefined ? state.filePath : action.filePath,
      };
  }
}

export const isDirty = (state: DocumentState): boolean => state.revision !== state.savedRevision;
