// The effects the main-process handlers need, injected so tests run them with temp dirs and fake dialogs.
import type { ExportProgress, MenuCommand, Preferences, RecentFile } from '../../core/api.ts';
import type { DpiaDocument } from '../../core/format/document.ts';
import type { ExportFinding, ExportOptions } from '../../core/export/docx/context.ts';
import type { ImportCnilResult } from '../../core/import/cnil/import-cnil.ts';
import type { Language } from '../../core/model/localized.ts';
import type { DraftHolders } from './draft-holders.ts';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The subset of Electron's dialog module the handlers use. */
export interface DialogPort {
  showOpenDialog(options: {
    title: string;
    /** The folder (or file) the dialog starts in. */
    defaultPath?: string;
    filters: FileFilter[];
    properties: ('openFile' | 'openDirectory' | 'createDirectory' | 'multiSelections')[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<{
    canceled: boolean;
    filePath?: string;
  }>;
  /** Returns the index of the button pressed. */
  showMessageBox(options: {
    type: 'question' | 'info' | 'warning';
    title: string;
    message: string;
    detail: string;
    buttons: string[];
    defaultId: number;
    cancelId: number;
  }): Promise<{ response: number }>;
}

export interface PreferencesPort {
  get(): Preferences;
  set(patch: Partial<Preferences>): Preferences;
  recentFiles(): RecentFile[];
  addRecentFile(file: Omit<RecentFile, 'recentId'>): void;
}

export type MainEvent =
  { channel: 'menu-command'; payload: MenuCommand } | { channel: 'export-progress'; payload: ExportProgress };

export interface HandlerDeps {
  userDataDir: string;
  dialog: DialogPort;
  preferences: PreferencesPort;
  now: () => Date;
  newId: () => string;
  notify: (event: MainEvent) => void;
  showItemInFolder: (filePath: string) => void;
  openExternal: (url: string) => Promise<void>;
  /** Builds the Word file; the app runs it in a worker thread, tests may run it in-process. */
  buildDocx: (
    document: DpiaDocument,
    options: ExportOptions,
    onProgress: (fraction: number) => void,
  ) => Promise<Uint8Array>;
  /** The findings of the export's annex; the app runs the checks in its worker thread, tests in-process. */
  exportFindings?: (document: DpiaDocument, language: Language, now: Date) => Promise<ExportFinding[]>;
  /** A CNIL import; the app runs it in its worker thread (a pathological export must not freeze it). */
  importCnil?: (
    bytes: Uint8Array,
    file: string,
    options: { now: Date; language: Language },
  ) => Promise<ImportCnilResult>;
  /** A .dpia path the app was asked to open at start (command line, file association), or 'example'. */
  pendingOpen: () => string | null;
  /** Which window holds which draft; one instance shared by every window's handlers. */
  draftHolders: DraftHolders;
  /** Told when a document was closed, so a window waiting to close can go. */
  documentClosed?: (sessionId: string) => void;
}
