// The one contract between the renderer and the main process: what window.dpia offers.
// The preload implements it (`satisfies DpiaApi`), the e2e bridge too, and the renderer sees nothing else.
import type { AssessmentPatch } from './format/assessment-patch.ts';
import type { Assessment, AttachmentMeta } from './model/assessment.ts';
import type { Language, LocalizedText } from './model/localized.ts';
import type { CameraGridLayout } from './preferences/camera-grid-layout.ts';
import type { RegisterEntry } from './register/entry.ts';
import type { SignatureVerdict } from './signature/trust.ts';
import type { Template } from './template/schema.ts';
import type { TemplateUpgradeReport } from './template/upgrade.ts';

/** Failures come back as values, with the message in both languages: errors do not cross IPC intact. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
export interface ApiError {
  code: string;
  message: LocalizedText;
}

export interface Preferences {
  language: Language;
  /** Who the user is, recorded as author, evaluator or signer. */
  authorName: string;
  authorRole: string;
  userTemplatesDir: string;
  /** The camera grid's column widths and hidden columns, as the user left them. */
  cameraGrid: CameraGridLayout;
  /** The folders of the register of assessments (shown only; only addRegisterFolder, through the dialog, adds). */
  registerFolders?: string[];
  /** Assessments left in draft or review for more than this many days are reminded (default 60). */
  staleAfterDays?: number;
}

/** How far the reading of the register is; `entries` are the rows read since the page's last request. */
export interface RegisterPage {
  scanId: string;
  /** The day the rows' findings and the reminders are as of, `YYYY-MM-DD`. */
  asOf: string;
  entries: RegisterEntry[];
  read: number;
  /** Files found; null while the folders are still being walked. */
  total: number | null;
  done: boolean;
}

export interface RecentFile {
  /** What the page sends back to open it (openRecent): the page never hands a path to the main process. */
  recentId: string;
  /** Shown to the user only. */
  filePath: string;
  title: string;
  openedAt: string;
}

export interface TemplateSummary {
  id: string;
  version: string;
  title: LocalizedText;
  description: LocalizedText;
  origin: 'builtin' | 'user';
}

/** A draft of a document never saved, or saved but changed, kept in the user data folder. */
export interface DraftSummary {
  draftId: string;
  title: string;
  filePath: string | null;
  savedAt: string;
}

/** A document open in a window. The attachments' bytes stay in the main process. */
export interface OpenedDocument {
  sessionId: string;
  filePath: string | null;
  assessment: Assessment;
  template: Template;
  /**
   * The verdict on its signature, computed when it was opened against the trust list: an intact signature (trusted or
   * not recognised) makes the document read-only, and editing it starts a new revision that drops the signature; a
   * broken one is shown as such, and the document is not « signed ».
   */
  signature: SignatureVerdict;
}

/** The app's own signing key (its private half stays encrypted in the main process). */
export interface SigningKeyInfo {
  fingerprint: string;
  publicKeyPem: string;
}

/** A public key of the trust list. */
export interface TrustedKeySummary {
  fingerprint: string;
  name: string;
  addedAt: string;
  /** Last day signatures by this key are accepted, or null for no limit. */
  until: string | null;
}

export interface Startup {
  preferences: Preferences;
  recentFiles: RecentFile[];
  drafts: DraftSummary[];
  templates: TemplateSummary[];
  /** A document the app was asked to open (command line, file association, open-file). */
  pendingDocument: OpenedDocument | null;
  /** Why the pending document could not be opened, if it could not. */
  pendingError: ApiError | null;
  appVersion: string;
}

export interface SaveResult {
  filePath: string;
  savedAt: string;
}

/**
 * The assessment as the renderer sends it to be saved: whole, or as the patch of the version the main process last
 * acknowledged (`base`, from a previous save's `version`). A `base` main does not hold is refused with
 * `version-mismatch`: the renderer then sends the whole assessment.
 */
export type AssessmentUpload = { assessment: Assessment } | { base: number; patch: AssessmentPatch };

/**
 * Commands from the application menu, sent to the focused window. `close` also comes when the user closes the
 * window: the renderer flushes its edits and calls closeDocument (or, with no document, the window just closes).
 */
export type MenuCommand = 'new' | 'open' | 'open-example' | 'save' | 'save-as' | 'export-docx' | 'close';

/** What a table is for: the dialog's title, file name and remembered folder follow it. */
export type TableKind = 'cameras' | 'action-plan' | 'record' | 'register';

export interface ExportProgress {
  sessionId: string;
  /** 0 to 1. */
  fraction: number;
  stage: 'building' | 'packing' | 'writing' | 'done';
}

export interface DpiaApi {
  /**
   * The archive package of a signed or refused document, as its file is on disk: the .dpia, its Word export, the
   * verification report and SHA256SUMS, in a .zip the user places; null when cancelled. Others are refused.
   */
  archiveDocument(input: { sessionId: string }): Promise<ApiResult<(SaveResult & { files: number }) | null>>;
  getStartup(): Promise<ApiResult<Startup>>;
  listTemplates(): Promise<ApiResult<TemplateSummary[]>>;
  newDocument(input: {
    templateId: string;
    title?: string;
    language: Language;
  }): Promise<ApiResult<OpenedDocument>>;
  openExample(): Promise<ApiResult<OpenedDocument>>;
  /** Asks for the file with the system dialog; null when the user cancels. */
  openDocument(): Promise<ApiResult<OpenedDocument | null>>;
  /** Opens one of the recent files, by the id main gave it. */
  openRecent(input: { recentId: string }): Promise<ApiResult<OpenedDocument>>;
  /** Saves to the document's file, or asks where when it has none or `saveAs`; null when cancelled. */
  saveDocument(
    input: { sessionId: string; saveAs?: boolean } & AssessmentUpload,
  ): Promise<ApiResult<(SaveResult & { version: number }) | null>>;
  /** Called shortly after each change: writes the file if it has one, else a draft. */
  autosave(
    input: { sessionId: string } & AssessmentUpload,
  ): Promise<ApiResult<{ savedAt: string; target: 'file' | 'draft'; version: number }>>;
  /**
   * Call after flushing pending edits (autosave). A document that exists only as a draft makes the main process
   * ask the user to save it, discard it or cancel; `closed: false` means the user cancelled.
   */
  closeDocument(input: { sessionId: string }): Promise<ApiResult<{ closed: boolean }>>;
  recoverDraft(input: { draftId: string }): Promise<ApiResult<OpenedDocument>>;
  discardDraft(input: { draftId: string }): Promise<ApiResult<null>>;
  /** Asks for a file and keeps its bytes with the document; returns the metadata to add to the assessment. */
  addAttachment(input: {
    sessionId: string;
    questionId: string | null;
  }): Promise<ApiResult<AttachmentMeta | null>>;
  /** The Word document; `pageNumbers` numbers the contents (a few seconds more), `marking` heads every page. */
  exportDocx(input: {
    sessionId: string;
    assessment: Assessment;
    language: Language;
    pageNumbers?: boolean;
    marking?: string;
  }): Promise<ApiResult<SaveResult | null>>;
  /**
   * Writes a public notice of the document where the user says (information sign in Word, A4 or A3; web notice in
   * Word or HTML); `missing` names, in the notice's language, the facts printed as « [À compléter : …] ».
   */
  exportNotice(input: {
    sessionId: string;
    assessment: Assessment;
    kind: 'sign' | 'web';
    format: 'docx' | 'html';
    size: 'A4' | 'A3';
    language: Language;
  }): Promise<ApiResult<(SaveResult & { missing: string[] }) | null>>;
  /** Only for a file this window opened or wrote (main keeps the list); any other path is refused alike. */
  showInFolder(input: { filePath: string }): Promise<ApiResult<null>>;
  /**
   * Asks for a spreadsheet (.csv or .xlsx) and returns its rows as text cells (first worksheet of an .xlsx; header
   * row included); null when cancelled. A file that is not a spreadsheet (Word document, PDF, .dpia, other binary) is
   * refused with one sentence saying what it is.
   */
  importTable(input: { kind: TableKind }): Promise<ApiResult<{ name: string; rows: string[][] } | null>>;
  /**
   * Writes rows (header first) as CSV (UTF-8 with BOM, `;`-separated like today's exports) or .xlsx where the user
   * chooses; cells are protected against formula injection; null when cancelled.
   */
  exportTable(input: {
    kind: TableKind;
    defaultName: string;
    format: 'csv' | 'xlsx';
    rows: string[][];
  }): Promise<ApiResult<SaveResult | null>>;
  /** Records the assessment as it is now as a named revision (snapshot kept in the file); returns the assessment listing it. */
  createRevision(input: {
    sessionId: string;
    assessment: Assessment;
    label: string;
    reason: string;
  }): Promise<ApiResult<Assessment>>;
  /**
   * Carries the document over to a newer built-in version of its template (the newest by default): answers kept by
   * question id, the state before kept as a revision. Refused for a signed document. The history of edits restarts.
   */
  upgradeTemplate(input: {
    sessionId: string;
    assessment: Assessment;
    version?: string;
  }): Promise<ApiResult<{ assessment: Assessment; template: Template; report: TemplateUpgradeReport }>>;
  /** The assessment as it was at a revision, to compare with another (core/revisions/diff.ts). */
  getRevisionSnapshot(input: { sessionId: string; revisionId: string }): Promise<ApiResult<Assessment>>;
  /**
   * Signs a validated (or refused) assessment with the app's signing key, decrypted with the passphrase (sent once,
   * never kept), saves the file and locks it; null when the user cancels the file dialog.
   */
  signDocument(input: {
    sessionId: string;
    assessment: Assessment;
    signer: string;
    role: string;
    passphrase: string;
  }): Promise<
    ApiResult<{
      assessment: Assessment;
      filePath: string;
      contentSha256: string;
      keyFingerprint: string;
      signature: SignatureVerdict;
    } | null>
  >;
  /** The verdict on the open document's signature, against the trust list as it is now. */
  verifySignature(input: { sessionId: string }): Promise<ApiResult<SignatureVerdict>>;
  /** The app's signing key, or null when none was created yet. */
  getSigningKey(): Promise<ApiResult<SigningKeyInfo | null>>;
  /** Creates the app's Ed25519 key pair; the private key is stored encrypted with the passphrase, never in clear. */
  createSigningKey(input: { passphrase: string; replace?: boolean }): Promise<ApiResult<SigningKeyInfo>>;
  /** Writes the app's public key to a file chosen with the dialog, to give to colleagues; null when cancelled. */
  exportPublicKey(): Promise<ApiResult<SaveResult | null>>;
  listTrustedKeys(): Promise<ApiResult<TrustedKeySummary[]>>;
  /**
   * Trusts a public key under a name: a PEM file chosen with the dialog, or (`own`) the app's own key. Null when the
   * user cancels. Returns the trust list as it now is.
   */
  addTrustedKey(input: {
    name: string;
    until?: string;
    own?: boolean;
  }): Promise<ApiResult<TrustedKeySummary[] | null>>;
  removeTrustedKey(input: { fingerprint: string }): Promise<ApiResult<TrustedKeySummary[]>>;
  /** Starts a new revision of a signed document: the signed state is kept as a revision, the signature dropped. */
  reopenSigned(input: { sessionId: string; label: string; reason: string }): Promise<ApiResult<Assessment>>;
  /**
   * Imports an export of the CNIL's PIA tool (its JSON, or its ZIP with attachments), asked with the file dialog,
   * as a new unsaved document; `report` lists, in both languages, what could not be mapped and where its text went.
   */
  importCnil(): Promise<ApiResult<{ document: OpenedDocument; report: LocalizedText[] } | null>>;
  /** A copy for another town: answers, cameras, risks and measures with new ids; verdicts, opinions, decision cleared. */
  duplicateDocument(input: {
    sessionId: string;
    assessment: Assessment;
    title: string;
    organisation?: string;
    keepAttachments: boolean;
  }): Promise<ApiResult<OpenedDocument>>;
  /** Saves the assessment as a template in the user templates folder (with its answers pre-filled, or not). */
  saveAsTemplate(input: {
    sessionId: string;
    assessment: Assessment;
    id: string;
    version: string;
    title: string;
    withAnswers: boolean;
  }): Promise<ApiResult<TemplateSummary>>;
  /** Adds a template file chosen with the dialog to the user templates folder, after validating it. */
  importTemplate(): Promise<ApiResult<TemplateSummary | null>>;
  /** The folders are not among them: only chooseTemplatesFolder and addRegisterFolder, through the dialog, set them. */
  setPreferences(
    input: Partial<Omit<Preferences, 'userTemplatesDir' | 'registerFolders'>>,
  ): Promise<ApiResult<Preferences>>;
  /** Asks for the folder of the user's own templates; null when the user cancels. */
  chooseTemplatesFolder(): Promise<ApiResult<Preferences | null>>;
  openExternal(input: { url: string }): Promise<ApiResult<null>>;
  /** Adds folders chosen with the dialog to the register's; null when the user cancels. */
  addRegisterFolder(): Promise<ApiResult<Preferences | null>>;
  /** Removes a folder from the register's, by its place in `registerFolders`. */
  removeRegisterFolder(input: { index: number }): Promise<ApiResult<Preferences>>;
  /**
   * Starts reading the register's folders in the background, as of today (a new reading replaces the previous
   * one); the rows then come by pages (registerPage), the first ones at once.
   */
  startRegister(): Promise<ApiResult<RegisterPage>>;
  /** The rows read since the `from`-th, and how far the reading is. */
  registerPage(input: { scanId: string; from: number }): Promise<ApiResult<RegisterPage>>;
  /** Opens a file the register listed, by the row's id (main keeps the path). */
  openRegisterEntry(input: { entryId: string }): Promise<ApiResult<OpenedDocument>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onExportProgress(listener: (progress: ExportProgress) => void): () => void;
}

/** The request methods of DpiaApi: every member but the event subscriptions (`on…`). */
export type ApiRequest = { [K in keyof DpiaApi]: K extends `on${string}` ? never : K }[keyof DpiaApi];

/** What a request takes (`undefined` for requests without input) and what it resolves to. */
export type ApiInput<K extends ApiRequest> = Parameters<DpiaApi[K]> extends [infer I] ? I : undefined;
export type ApiOutput<K extends ApiRequest> = ReturnType<DpiaApi[K]>;

/**
 * Every request by name. A record, not a list, so that the compiler refuses a request missing here or one that
 * DpiaApi does not have: the IPC registration, the preload and the e2e bridge all walk this one list.
 */
const REQUEST_SET = {
  archiveDocument: true,
  getStartup: true,
  listTemplates: true,
  newDocument: true,
  openExample: true,
  openDocument: true,
  openRecent: true,
  saveDocument: true,
  autosave: true,
  closeDocument: true,
  recoverDraft: true,
  discardDraft: true,
  addAttachment: true,
  exportDocx: true,
  exportNotice: true,
  showInFolder: true,
  importTable: true,
  exportTable: true,
  createRevision: true,
  upgradeTemplate: true,
  getRevisionSnapshot: true,
  signDocument: true,
  verifySignature: true,
  getSigningKey: true,
  createSigningKey: true,
  exportPublicKey: true,
  listTrustedKeys: true,
  addTrustedKey: true,
  removeTrustedKey: true,
  reopenSigned: true,
  importCnil: true,
  duplicateDocument: true,
  saveAsTemplate: true,
  importTemplate: true,
  setPreferences: true,
  chooseTemplatesFolder: true,
  openExternal: true,
  addRegisterFolder: true,
  removeRegisterFolder: true,
  startRegister: true,
  registerPage: true,
  openRegisterEntry: true,
} as const satisfies { [K in ApiRequest]: true };

export const API_REQUESTS = Object.keys(REQUEST_SET) as readonly ApiRequest[];
