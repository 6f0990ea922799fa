// What every editing component needs from the open document, without passing it down through each level.
import { createContext, use } from 'react';
import type { Language } from '../../core/model/localized.ts';
import type { Template } from '../../core/template/schema.ts';
import type { Edit } from './document-state.ts';

export interface EditorContextValue {
  /** Applies a change; `key` groups quick successive changes of one field into one undo step. */
  edit: (key: string, edit: Edit) => void;
  template: Template;
  /** The language of the document's content (catalogue entries are added in it). */
  documentLanguage: Language;
  readOnly: boolean;
  reviewer: boolean;
  authorName: string;
  undo: () => void;
  /** Shows a short message in the status area (read by screen readers), with an Undo button when `undoable`. */
  announce: (message: string, undoable?: boolean) => void;
  /** Opens the guidance panel if the user had hidden it. */
  showGuidance: () => void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = use(EditorContext);
  if (!value) throw new Error('useEditor outside EditorContext');
  return value;
}
