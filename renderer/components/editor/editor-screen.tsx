// The guided editor: navigation on the left, the questions in the middle, guidance on the right. Holds the document
// reducer (with undo/redo), autosave, keyboard shortcuts and the menu commands meant for an open document.
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, MenuCommand, OpenedDocument } from '../../../core/api.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import type { Language } from '../../../core/model/localized.ts';
import type { Template } from '../../../core/template/schema.ts';
import { useApi } from '../../app/api-context.tsx';
import { documentReducer, initialDocumentState, isDirty } from '../../app/document-state.ts';
import type { Edit } from '../../app/document-state.ts';
import { EditorContext } from '../../app/editor-context.tsx';
import type { EditorContextValue } from '../../app/editor-context.tsx';
import { runChecks } from '../../../core/checks/index.ts';
import { findingsOfItem } from '../../app/findings.ts';
import type { FindingTarget } from '../../app/findings.ts';
import { todayIso } from '../../app/format.ts';
import { flushDrafts } from '../../app/use-draft-text.ts';
import { FindingsView } from '../review/findings-view.tsx';
import { useRemedies } from '../review/use-remedies.tsx';
import type { View } from '../../app/view.ts';
import { ApiErrorMessage } from '../common/api-error.tsx';
import { ActionPlanView } from '../measures/action-plan-view.tsx';
import { ExportDialog } from '../export/export-dialog.tsx';
import { ValidationView } from '../validation/validation-view.tsx';
import { GuidancePanel } from './guidance-panel.tsx';
import { ItemView } from './item-view.tsx';
import { NavTree } from './nav-tree.tsx';
import { OverviewView } from './overview-view.tsx';
import { TopBar } from './top-bar.tsx';
import type { SaveState } from './top-bar.tsx';

/** Autosave waits this long after the last change. */
export const AUTOSAVE_DELAY_MS = 1500;
/** Knowledge-base entries worth reading on the summary pages. */
const PAGE_KNOWLEDGE: Record<View['kind'], readonly string[] | undefined> = {
  item: undefined,
  overview: ['def.dpia', 'def.csu', 'def.videoprotection'],
  findings: ['def.prior-consultation', 'def.wp248-criteria'],
  'action-plan': ['def.verdict', 'def.residual-risk', 'def.treatment-rule', 'def.prior-consultation'],
  validation: [
    'def.dpo-opinion',
    'def.data-subjects-views',
    'def.validation-decision',
    'def.prior-consultation',
  ],
};

export interface EditorHandle {
  /** Saves what must be saved and closes the document; false when the user chose to stay. */
  requestClose: () => Promise<boolean>;
}

/** Lets React commit what was just dispatched before reading the state. */
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

function findItem(template: Template, itemId: string) {
  for (const section of template.sections) {
    const item = section.items.find((i) => i.id === itemId);
    if (item) return { section, item };
  }
  return null;
}

export function EditorScreen({
  opened,
  authorName,
  authorRole,
  onLanguage,
  onClosed,
  onOpenOther,
  ref,
}: {
  opened: OpenedDocument;
  authorName: string;
  authorRole: string;
  onLanguage: (language: Language) => void;
  onClosed: () => void;
  /** Shows another document (a duplicate) in place of this one, once this one is closed. */
  onOpenOther: (document: OpenedDocument) => void;
  ref?: Ref<EditorHandle>;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [state, dispatch] = useReducer(documentReducer, opened, initialDocumentState);
  const { template, assessment, signed } = state;
  const firstItem = template.sections[0]!.items[0]!;
  const [view, setView] = useState<View>({ kind: 'item', itemId: firstItem.id });
  const [activeQuestionId, setActiveQuestionId] = useState<string | null>(firstItem.questions[0]?.id ?? null);
  const [reviewer, setReviewer] = useState(false);
  const [guidanceOpen, setGuidanceOpen] = useState(true);
  const [exporting, setExporting] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [toast, setToast] = useState<{ message: string; undoable: boolean; id: number } | null>(null);
  const stateRef = useRef(state);
  const mainRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    stateRef.current = state;
  });

  // For the benchmark: when the editor first reached the screen (after the paint that follows its first render).
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => performance.mark('dpia:editor-painted'), 0));
  }, []);

  const edit = useCallback(
    (key: string, change: Edit) => dispatch({ type: 'edit', key, at: Date.now(), edit: change }),
    [],
  );
  const undo = useCallback(() => {
    flushDrafts();
    dispatch({ type: 'undo' });
  }, []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  const announce = useCallback(
    (message: string, undoable = false) => setToast({ message, undoable, id: Date.now() }),
    [],
  );
  const showGuidance = useCallback(() => setGuidanceOpen(true), []);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), 8000);
    return () => clearTimeout(timer);
  }, [toast]);

  // Autosave: shortly after the last change, to the file if there is one, else to a draft.
  useEffect(() => {
    if (signed || state.revision === state.savedRevision) return;
    const { revision, sessionId } = state;
    const snapshot = state.assessment;
    const timer = setTimeout(() => {
      void api.autosave({ sessionId, assessment: withModifiedAt(snapshot) }).then((result) => {
        if (result.ok) {
          setSaveError(null);
          dispatch({ type: 'saved', revision, savedAt: result.value.savedAt, target: result.value.target });
        } else {
          setSaveError(result.error);
        }
      });
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, signed, state]);

  const save = useCallback(
    async (saveAs = false) => {
      if (signed) return;
      flushDrafts();
      await nextTick();
      const current = stateRef.current;
      setSaving(true);
      const result = await api.saveDocument({
        sessionId: current.sessionId,
        assessment: withModifiedAt(current.assessment),
        saveAs,
      });
      setSaving(false);
      if (!result.ok) return setSaveError(result.error);
      setSaveError(null);
      if (result.value) {
        dispatch({
          type: 'saved',
          revision: current.revision,
          savedAt: result.value.savedAt,
          target: 'file',
          filePath: result.value.filePath,
        });
      }
    },
    [api, signed],
  );

  const close = useCallback(async (): Promise<boolean> => {
    flushDrafts();
    await nextTick();
    const current = stateRef.current;
    if (!signed && isDirty(current)) {
      const saved = await api.autosave({
        sessionId: current.sessionId,
        assessment: withModifiedAt(current.assessment),
      });
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
  }, [api, signed, onClosed]);

  useImperativeHandle(ref, () => ({ requestClose: close }), [close]);

  const openOther = useCallback(
    async (document: OpenedDocument) => {
      if (await close()) onOpenOther(document);
    },
    [close, onOpenOther],
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

  const navigate = useCallback(
    (next: View, questionId: string | null = null) => {
      flushDrafts();
      setView(next);
      setActiveQuestionId(
        questionId ??
          (next.kind === 'item' ? (findItem(template, next.itemId)?.item.questions[0]?.id ?? null) : null),
      );
      // Move focus to the new page's heading (or the question asked for), as a page change would.
      requestAnimationFrame(() => {
        const main = mainRef.current;
        const question = questionId
          ? main?.querySelector<HTMLElement>(`[data-question-id="${questionId}"]`)
          : null;
        if (question) {
          question.scrollIntoView?.({ block: 'start' });
          question.querySelector<HTMLElement>('h3')?.setAttribute('tabindex', '-1');
          question.querySelector<HTMLElement>('h3')?.focus();
        } else {
          main?.scrollTo?.({ top: 0 });
          main?.querySelector<HTMLElement>('h2')?.focus();
        }
      });
    },
    [template],
  );
  const replaced = useCallback(
    (next: Assessment, nowSigned: boolean, saved: { savedAt: string; filePath: string } | null) =>
      dispatch({ type: 'replaced', assessment: next, signed: nowSigned, saved }),
    [],
  );
  const currentAssessment = useCallback(async () => {
    flushDrafts();
    await nextTick();
    return withModifiedAt(stateRef.current.assessment);
  }, []);
  const goToFinding = useCallback(
    (target: FindingTarget) => navigate(target.view, target.questionId),
    [navigate],
  );

  const today = todayIso();
  // About a millisecond on the large assessment; recomputed on commits, never on keystrokes.
  const findings = useMemo(
    () => runChecks(assessment, template, { asOf: today }),
    [assessment, template, today],
  );
  const remedies = useRemedies({
    assessment,
    template,
    findings,
    asOf: today,
    readOnly: signed || reviewer,
    edit,
    announce,
    goTo: goToFinding,
  });
  const currentItemId = view.kind === 'item' ? view.itemId : null;
  const itemFindings = useMemo(
    () => (currentItemId ? findingsOfItem(findings, currentItemId, template) : []),
    [findings, currentItemId, template],
  );

  const context = useMemo<EditorContextValue>(
    () => ({
      edit,
      template,
      documentLanguage: assessment.meta.language,
      readOnly: signed,
      reviewer,
      authorName: authorName,
      undo,
      announce,
      showGuidance,
    }),
    [edit, template, assessment.meta.language, signed, reviewer, authorName, undo, announce, showGuidance],
  );

  const saveState: SaveState = saving
    ? { kind: 'saving' }
    : saveError
      ? { kind: 'failed' }
      : isDirty(state)
        ? { kind: 'dirty' }
        : { kind: 'saved', at: state.savedAt, target: state.savedTarget };

  const found = view.kind === 'item' ? findItem(template, view.itemId) : null;
  const activeQuestion =
    found?.item.questions.find((q) => q.id === activeQuestionId) ?? found?.item.questions[0] ?? null;

  return (
    <EditorContext value={context}>
      <div className={guidanceOpen ? 'editor-layout' : 'editor-layout guidance-hidden'}>
        <a className="skip-link" href="#editor-main">
          {t('app.skipToContent')}
        </a>
        <TopBar
          title={assessment.meta.title}
          saveState={saveState}
          canUndo={state.past.length > 0}
          canRedo={state.future.length > 0}
          reviewer={reviewer}
          readOnly={signed}
          onUndo={undo}
          onRedo={redo}
          onToggleReviewer={() => setReviewer((r) => !r)}
          onLanguage={onLanguage}
          onSave={() => void save(false)}
          onExport={() => setExporting(true)}
          onClose={() => void close()}
        />
        <NavTree
          template={template}
          assessment={assessment}
          findings={findings}
          view={view}
          onNavigate={navigate}
        />
        <main id="editor-main" ref={mainRef} className="editor-main" tabIndex={-1}>
          {signed && <p className="banner">{t('editor.signedReadOnly')}</p>}
          {reviewer && <p className="banner reviewer">{t('editor.reviewerBanner')}</p>}
          <ApiErrorMessage error={saveError} onDismiss={() => setSaveError(null)} />
          {found && (
            <ItemView
              section={found.section}
              item={found.item}
              assessment={assessment}
              activeQuestionId={activeQuestion?.id ?? null}
              onActivate={setActiveQuestionId}
            />
          )}
          {view.kind === 'overview' && (
            <OverviewView
              onOpenOther={(document) => void openOther(document)}
              assessment={assessment}
              template={template}
              sessionId={state.sessionId}
              filePath={state.filePath}
            />
          )}
          {view.kind === 'action-plan' && <ActionPlanView assessment={assessment} template={template} />}
          {view.kind === 'validation' && (
            <ValidationView
              assessment={assessment}
              template={template}
              findings={findings}
              onGoToFindings={() => navigate({ kind: 'findings' })}
              sessionId={state.sessionId}
              signed={signed}
              authorRole={authorRole}
              onReplaced={replaced}
              current={currentAssessment}
            />
          )}
          {view.kind === 'findings' && (
            <FindingsView findings={findings} template={template} onGo={goToFinding} remedies={remedies} />
          )}
        </main>
        <GuidancePanel
          findings={itemFindings}
          open={guidanceOpen}
          onToggle={() => setGuidanceOpen((o) => !o)}
          question={activeQuestion}
          template={template}
          risks={assessment.risks}
          measures={assessment.measures}
          title={view.kind === 'item' ? undefined : t(`guidance.pages.${view.kind}`)}
          extraKnowledge={PAGE_KNOWLEDGE[view.kind]}
        />
        {remedies.dialog}
        <div className="toast-area" role="status" aria-live="polite">
          {toast && (
            <div className="toast" key={toast.id}>
              <span>{toast.message}</span>
              {toast.undoable && !signed && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    undo();
                    setToast(null);
                  }}
                >
                  {t('editor.undo')}
                </button>
              )}
            </div>
          )}
        </div>
      </div>
      {exporting && (
        <ExportDialog
          sessionId={state.sessionId}
          assessment={assessment}
          defaultLanguage={assessment.meta.language}
          onClose={() => setExporting(false)}
        />
      )}
    </EditorContext>
  );
}
