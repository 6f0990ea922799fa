// An in-memory DpiaApi for renderer tests: real templates and example, no files; records every call and lets the
// test play the system dialogs (the CSV picked, the path chosen) and the main process's events.
import type {
  ApiResult,
  AssessmentUpload,
  DpiaApi,
  ExportProgress,
  MenuCommand,
  OpenedDocument,
  Preferences,
  RegisterPage,
  RecentFile,
  SaveResult,
  SigningKeyInfo,
  TemplateSummary,
  TrustedKeySummary,
} from '../../core/api.ts';
import { createAssessment } from '../../core/assessment/new-assessment.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import type { RegisterEntry } from '../../core/register/entry.ts';
import { AssessmentPatch, applyAssessmentPatch } from '../../core/format/assessment-patch.ts';
import type { Template } from '../../core/template/schema.ts';
import { upgradeDocument } from '../../core/template/upgrade.ts';
import { UNSIGNED } from '../../core/signature/trust.ts';
import { noticeFacts } from '../../core/notices/facts.ts';
import { missingFor } from '../../core/notices/kinds.ts';

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

export interface FakeCall {
  method: string;
  input: unknown;
}

export interface FakeDpiaOptions {
  templates: Template[];
  /** What "open the example" gives. */
  example?: () => Promise<OpenedDocument> | OpenedDocument;
  preferences?: Partial<Preferences>;
  recentFiles?: RecentFile[];
  now?: () => Date;
}

export class FakeDpia implements DpiaApi {
  readonly calls: FakeCall[] = [];
  preferences: Preferences;
  recentFiles: RecentFile[];
  /** The rows returned by the next importTable (a spreadsheet picked); null plays a cancelled dialog. */
  nextTable: { name: string; rows: string[][] } | null = null;
  /** The refusal the next importTable gives instead (a Word file chosen as a spreadsheet…). */
  nextTableError: ApiResult<never> | null = null;
  /** The path the save dialog returns; null plays a cancel. */
  savePath: string | null = '/tmp/aipd.dpia';
  /** The last assessment saved or autosaved, per session. */
  readonly saved = new Map<string, Assessment>();
  private readonly sessions = new Map<
    string,
    { filePath: string | null; current: { assessment: Assessment; version: number } }
  >();
  private readonly menuListeners = new Set<(command: MenuCommand) => void>();
  private readonly progressListeners = new Set<(progress: ExportProgress) => void>();
  private counter = 0;

  constructor(private readonly options: FakeDpiaOptions) {
    this.preferences = {
      language: 'fr',
      authorName: 'Claire Martin',
      authorRole: 'DPD',
      userTemplatesDir: '/tmp/templates',
      cameraGrid: { widths: {}, hidden: [] },
      ...options.preferences,
    };
    this.recentFiles = options.recentFiles ?? [];
  }

  private now(): Date {
    return this.options.now?.() ?? new Date('2026-03-02T13:32:00Z');
  }

  private record(method: string, input: unknown = undefined): void {
    this.calls.push({ method, input });
  }

  callsTo(method: string): FakeCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  private newId = (): string => `00000000-0000-4000-8000-${String(++this.counter).padStart(12, '0')}`;

  private openSession(document: Omit<OpenedDocument, 'sessionId'>): OpenedDocument {
    const sessionId = `session-${++this.counter}`;
    this.sessions.set(sessionId, {
      filePath: document.filePath,
      current: { assessment: document.assessment, version: 0 },
    });
    return { ...document, sessionId };
  }

  private summaries(): TemplateSummary[] {
    return this.options.templates.map((t) => ({
      id: t.id,
      version: t.version,
      title: t.title,
      description: t.description,
      origin: 'builtin',
    }));
  }

  getStartup() {
    this.record('getStartup');
    return Promise.resolve(
      ok({
        preferences: this.preferences,
        recentFiles: this.recentFiles,
        drafts: [],
        templates: this.summaries(),
        pendingDocument: null,
        pendingError: null,
        appVersion: '0.1.0-test',
      }),
    );
  }

  listTemplates() {
    this.record('listTemplates');
    return Promise.resolve(ok(this.summaries()));
  }

  newDocument(input: Parameters<DpiaApi['newDocument']>[0]) {
    this.record('newDocument', input);
    const template = this.options.templates.find((t) => t.id === input.templateId)!;
    const assessment = createAssessment({
      template,
      title: input.title,
      language: input.language,
      author: this.preferences.authorName,
      now: this.now(),
      newId: this.newId,
    });
    return Promise.resolve(
      ok(this.openSession({ filePath: null, assessment, template, signature: UNSIGNED })),
    );
  }

  async openExample() {
    this.record('openExample');
    if (!this.options.example) throw new Error('no example in this test');
    const document = await this.options.example();
    return ok(this.openSession(document));
  }

  openDocument() {
    this.record('openDocument');
    return Promise.resolve(ok<OpenedDocument | null>(null));
  }

  /** What openRecent gives, by recent id. */
  readonly recentDocuments = new Map<string, Omit<OpenedDocument, 'sessionId'>>();

  openRecent(input: { recentId: string }): ReturnType<DpiaApi['openRecent']> {
    this.record('openRecent', input);
    const document = this.recentDocuments.get(input.recentId);
    if (!document) {
      return Promise.resolve({
        ok: false,
        error: { code: 'recent-not-found', message: { fr: 'Introuvable.', en: 'Not found.' } },
      });
    }
    return Promise.resolve(ok(this.openSession(document)));
  }

  /** As main does: a whole assessment, or a checked patch of the version the session holds; null on a mismatch. */
  private received(sessionId: string, upload: AssessmentUpload): Assessment | null {
    const { current } = this.sessions.get(sessionId)!;
    if ('assessment' in upload) return upload.assessment;
    if (upload.base !== current.version) return null;
    return applyAssessmentPatch(current.assessment, AssessmentPatch.parse(upload.patch));
  }

  private acknowledge(sessionId: string, assessment: Assessment): number {
    const session = this.sessions.get(sessionId)!;
    session.current = { assessment, version: session.current.version + 1 };
    this.saved.set(sessionId, assessment);
    return session.current.version;
  }

  saveDocument({ sessionId, saveAs, ...upload }: Parameters<DpiaApi['saveDocument']>[0]) {
    this.record('saveDocument', { sessionId, saveAs, ...upload });
    const session = this.sessions.get(sessionId)!;
    const assessment = this.received(sessionId, upload);
    if (!assessment) return Promise.resolve(this.versionMismatch());
    const filePath = !saveAs && session.filePath ? session.filePath : this.savePath;
    if (!filePath) return Promise.resolve(ok<(SaveResult & { version: number }) | null>(null));
    session.filePath = filePath;
    const version = this.acknowledge(sessionId, assessment);
    return Promise.resolve(
      ok<(SaveResult & { version: number }) | null>({ filePath, savedAt: this.now().toISOString(), version }),
    );
  }

  autosave({ sessionId, ...upload }: Parameters<DpiaApi['autosave']>[0]) {
    this.record('autosave', { sessionId, ...upload });
    const session = this.sessions.get(sessionId)!;
    const assessment = this.received(sessionId, upload);
    if (!assessment) return Promise.resolve(this.versionMismatch());
    return Promise.resolve(
      ok({
        savedAt: this.now().toISOString(),
        target: session.filePath ? ('file' as const) : ('draft' as const),
        version: this.acknowledge(sessionId, assessment),
      }),
    );
  }

  private versionMismatch(): { ok: false; error: { code: string; message: { fr: string; en: string } } } {
    return {
      ok: false,
      error: { code: 'version-mismatch', message: { fr: 'Version différente.', en: 'Other version.' } },
    };
  }

  closeDocument(input: { sessionId: string }) {
    this.record('closeDocument', input);
    this.sessions.delete(input.sessionId);
    return Promise.resolve(ok({ closed: true }));
  }

  recoverDraft(input: { draftId: string }): Promise<ApiResult<OpenedDocument>> {
    this.record('recoverDraft', input);
    return Promise.resolve({
      ok: false,
      error: { code: 'draft-not-found', message: { fr: 'Brouillon introuvable.', en: 'Draft not found.' } },
    });
  }

  discardDraft(input: { draftId: string }) {
    this.record('discardDraft', input);
    return Promise.resolve(ok(null));
  }

  addAttachment(input: Parameters<DpiaApi['addAttachment']>[0]) {
    this.record('addAttachment', input);
    return Promise.resolve(ok(null));
  }

  exportDocx(input: Parameters<DpiaApi['exportDocx']>[0]) {
    this.record('exportDocx', input);
    for (const [fraction, stage] of [
      [0, 'building'],
      [0.5, 'packing'],
      [1, 'done'],
    ] as const) {
      for (const listener of this.progressListeners)
        listener({ sessionId: input.sessionId, fraction, stage });
    }
    return Promise.resolve(
      ok<SaveResult | null>({ filePath: '/tmp/aipd.docx', savedAt: this.now().toISOString() }),
    );
  }

  archiveDocument(input: Parameters<DpiaApi['archiveDocument']>[0]) {
    this.record('archiveDocument', input);
    return Promise.resolve(
      ok<(SaveResult & { files: number }) | null>({
        filePath: '/tmp/aipd-archive.zip',
        savedAt: this.now().toISOString(),
        files: 5,
      }),
    );
  }

  exportNotice(input: Parameters<DpiaApi['exportNotice']>[0]) {
    this.record('exportNotice', input);
    // What the real handler reports: the facts the notice lacks, from core's own reading of the answers.
    const template = this.options.templates.find((t) => t.id === input.assessment.meta.templateId)!;
    const facts = noticeFacts(input.assessment, template, input.language);
    return Promise.resolve(
      ok({
        filePath: `/tmp/notice.${input.kind === 'sign' ? 'docx' : input.format}`,
        savedAt: this.now().toISOString(),
        missing: missingFor(facts, input.kind).map((m) => m.label),
      }),
    );
  }

  showInFolder(input: { filePath: string }) {
    this.record('showInFolder', input);
    return Promise.resolve(ok(null));
  }

  importTable(input: Parameters<DpiaApi['importTable']>[0]) {
    this.record('importTable', input);
    const refusal = this.nextTableError;
    this.nextTableError = null;
    return Promise.resolve(refusal ?? ok(this.nextTable));
  }

  exportTable(input: Parameters<DpiaApi['exportTable']>[0]) {
    this.record('exportTable', input);
    return Promise.resolve(
      ok<SaveResult | null>({
        filePath: `/tmp/${input.defaultName}.${input.format}`,
        savedAt: this.now().toISOString(),
      }),
    );
  }

  createRevision(input: Parameters<DpiaApi['createRevision']>[0]) {
    this.record('createRevision', input);
    const revision = {
      id: this.newId(),
      label: input.label,
      author: this.preferences.authorName,
      createdAt: this.now().toISOString(),
      reason: input.reason,
      contentSha256: '0'.repeat(64),
    };
    return Promise.resolve(ok({ ...input.assessment, revisions: [...input.assessment.revisions, revision] }));
  }

  /** Upgrades with the real core logic, from the built-in version the assessment names. */
  async upgradeTemplate(
    input: Parameters<DpiaApi['upgradeTemplate']>[0],
  ): ReturnType<DpiaApi['upgradeTemplate']> {
    this.record('upgradeTemplate', input);
    const { templateId, templateVersion } = input.assessment.meta;
    // The template the document carries: the fake knows the templates it was given, old versions included.
    const from = this.options.templates.find((t) => t.id === templateId && t.version === templateVersion);
    if (!from)
      return {
        ok: false,
        error: { code: 'upgrade-not-builtin', message: { fr: templateId, en: templateId } },
      };
    const { document, report } = await upgradeDocument(
      {
        assessment: input.assessment,
        template: from,
        attachments: new Map(),
        signature: null,
        revisionSnapshots: new Map(),
      },
      {
        version: input.version,
        revisionId: this.newId(),
        author: this.preferences.authorName,
        at: this.now().toISOString(),
      },
    );
    return ok({ assessment: document.assessment, template: document.template, report });
  }

  getRevisionSnapshot(input: { sessionId: string; revisionId: string }) {
    this.record('getRevisionSnapshot', input);
    return Promise.resolve(ok(this.saved.get(input.sessionId)!));
  }

  signDocument(input: Parameters<DpiaApi['signDocument']>[0]): ReturnType<DpiaApi['signDocument']> {
    this.record('signDocument', input);
    return Promise.resolve(ok(null));
  }

  /** The app's signing key and trust list, as the main process would keep them. */
  signingKey: SigningKeyInfo | null = null;
  trustedKeys: TrustedKeySummary[] = [];

  verifySignature(input: { sessionId: string }) {
    this.record('verifySignature', input);
    return Promise.resolve(ok(UNSIGNED));
  }

  getSigningKey() {
    this.record('getSigningKey');
    return Promise.resolve(ok(this.signingKey));
  }

  createSigningKey(input: Parameters<DpiaApi['createSigningKey']>[0]) {
    this.record('createSigningKey', input);
    this.signingKey = {
      fingerprint: Array.from({ length: 16 }, () => 'ab12').join(' '),
      publicKeyPem: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n',
    };
    return Promise.resolve(ok(this.signingKey));
  }

  exportPublicKey() {
    this.record('exportPublicKey');
    return Promise.resolve(
      ok<SaveResult | null>({ filePath: '/tmp/key.pem', savedAt: this.now().toISOString() }),
    );
  }

  listTrustedKeys() {
    this.record('listTrustedKeys');
    return Promise.resolve(ok(this.trustedKeys));
  }

  addTrustedKey(input: Parameters<DpiaApi['addTrustedKey']>[0]) {
    this.record('addTrustedKey', input);
    const fingerprint = input.own && this.signingKey ? this.signingKey.fingerprint : '0'.repeat(79);
    this.trustedKeys = [
      ...this.trustedKeys,
      { fingerprint, name: input.name, addedAt: this.now().toISOString(), until: input.until ?? null },
    ];
    return Promise.resolve(ok<TrustedKeySummary[] | null>(this.trustedKeys));
  }

  removeTrustedKey(input: { fingerprint: string }) {
    this.record('removeTrustedKey', input);
    this.trustedKeys = this.trustedKeys.filter((k) => k.fingerprint !== input.fingerprint);
    return Promise.resolve(ok(this.trustedKeys));
  }

  reopenSigned(input: Parameters<DpiaApi['reopenSigned']>[0]) {
    this.record('reopenSigned', input);
    return Promise.resolve(ok(this.saved.get(input.sessionId)!));
  }

  /** What the next CNIL import gives; null plays a cancelled dialog. */
  nextCnilImport: {
    document: Omit<OpenedDocument, 'sessionId'>;
    report: { fr: string; en: string }[];
  } | null = null;

  importCnil() {
    this.record('importCnil');
    const next = this.nextCnilImport;
    return Promise.resolve(
      ok(next ? { document: this.openSession(next.document), report: next.report } : null),
    );
  }

  duplicateDocument(input: Parameters<DpiaApi['duplicateDocument']>[0]) {
    this.record('duplicateDocument', input);
    const session = [...this.sessions.keys()].find((id) => id === input.sessionId);
    if (!session) throw new Error('unknown session');
    const assessment = {
      ...input.assessment,
      id: this.newId(),
      meta: {
        ...input.assessment.meta,
        title: input.title,
        organisation: input.organisation ?? input.assessment.meta.organisation,
      },
      evaluations: {},
    };
    const template = this.options.templates.find((t) => t.id === assessment.meta.templateId)!;
    return Promise.resolve(
      ok(this.openSession({ filePath: null, assessment, template, signature: UNSIGNED })),
    );
  }

  saveAsTemplate(input: Parameters<DpiaApi['saveAsTemplate']>[0]) {
    this.record('saveAsTemplate', input);
    const summary: TemplateSummary = {
      id: input.id,
      version: input.version,
      title: { fr: input.title, en: input.title },
      description: { fr: input.title, en: input.title },
      origin: 'user',
    };
    return Promise.resolve(ok(summary));
  }

  importTemplate() {
    this.record('importTemplate');
    return Promise.resolve(ok<TemplateSummary | null>(null));
  }

  setPreferences(input: Partial<Preferences>) {
    this.record('setPreferences', input);
    this.preferences = { ...this.preferences, ...input };
    return Promise.resolve(ok(this.preferences));
  }

  /** The next folder the fake dialog returns; null is a cancel. */
  nextTemplatesFolder: string | null = null;

  chooseTemplatesFolder() {
    this.record('chooseTemplatesFolder');
    if (this.nextTemplatesFolder === null) return Promise.resolve(ok<Preferences | null>(null));
    this.preferences = { ...this.preferences, userTemplatesDir: this.nextTemplatesFolder };
    return Promise.resolve(ok<Preferences | null>(this.preferences));
  }

  openExternal(input: { url: string }) {
    this.record('openExternal', input);
    return Promise.resolve(ok(null));
  }

  /** The register's rows the fake reads, all at once; what addRegisterFolder adds next (null: cancel). */
  registerEntries: RegisterEntry[] = [];
  nextRegisterFolder: string | null = null;

  addRegisterFolder() {
    this.record('addRegisterFolder');
    if (this.nextRegisterFolder === null) return Promise.resolve(ok<Preferences | null>(null));
    const registerFolders = [...(this.preferences.registerFolders ?? []), this.nextRegisterFolder];
    this.preferences = { ...this.preferences, registerFolders };
    return Promise.resolve(ok<Preferences | null>(this.preferences));
  }

  removeRegisterFolder(input: { index: number }) {
    this.record('removeRegisterFolder', input);
    const registerFolders = (this.preferences.registerFolders ?? []).filter((_, i) => i !== input.index);
    this.preferences = { ...this.preferences, registerFolders };
    return Promise.resolve(ok(this.preferences));
  }

  private registerPageOf(from: number): RegisterPage {
    const entries = this.registerEntries;
    const asOf = this.now().toISOString().slice(0, 10);
    const n = entries.length;
    return {
      scanId: '00000000-0000-4000-8000-0000000000ff',
      asOf,
      entries: entries.slice(from),
      read: n,
      total: n,
      done: true,
    };
  }

  startRegister() {
    this.record('startRegister');
    return Promise.resolve(ok(this.registerPageOf(0)));
  }

  registerPage(input: { scanId: string; from: number }) {
    this.record('registerPage', input);
    return Promise.resolve(ok(this.registerPageOf(input.from)));
  }

  openRegisterEntry(input: { entryId: string }): ReturnType<DpiaApi['openRegisterEntry']> {
    this.record('openRegisterEntry', input);
    const document = this.recentDocuments.get(input.entryId);
    if (!document) {
      return Promise.resolve({
        ok: false,
        error: { code: 'register-entry-not-found', message: { fr: 'Introuvable.', en: 'Not found.' } },
      });
    }
    return Promise.resolve(ok(this.openSession(document)));
  }

  onMenuCommand(listener: (command: MenuCommand) => void) {
    this.menuListeners.add(listener);
    return () => void this.menuListeners.delete(listener);
  }

  onExportProgress(listener: (progress: ExportProgress) => void) {
    this.progressListeners.add(listener);
    return () => void this.progressListeners.delete(listener);
  }

  /** Plays a command from the application menu. */
  menu(command: MenuCommand): void {
    for (const listener of this.menuListeners) listener(command);
  }
}
