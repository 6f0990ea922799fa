// The guided editor: navigation on the left, the questions in the middle, guidance on the right. The document's
// controller (undo/redo, autosave, save, close, shortcuts and menu commands) is use-document-controller.ts.
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedDocument } from '../../../core/api.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import type { Language } from '../../../core/model/localized.ts';
import type { Template } from '../../../core/template/schema.ts';
import { isDirty } from '../../app/document-state.ts';
import { useDocumentController } from '../../app/use-document-controller.ts';
import { useNarrowWindow } from '../../app/use-narrow-window.ts';
import { EditorContext } from '../../app/editor-context.tsx';
import type { EditorContextValue } from '../../app/editor-context.tsx';
import { useScheduledChecks } from '../../app/checks-scheduler.ts';
import { findingsOfItem, findingTarget, reminderTarget } from '../../app/findings.ts';
import type { Reminder } from '../../../core/register/reminders.ts';
import type { FindingTarget } from '../../app/findings.ts';
import { OpenRequestContext } from '../../app/open-request.tsx';
import type { OpenRequest, OpenRequestValue } from '../../app/open-request.tsx';
import { todayIso } from '../../app/format.ts';
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
import { SignatureBanner } from '../validation/signature-verdict.tsx';
import { SearchDialog } from '../search/search-dialog.tsx';
import type { SearchHit } from '../../../core/search/search.ts';
import type { SaveState } from './top-bar.tsx';

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
  arrival = null,
  ref,
}: {
  opened: OpenedDocument;
  /** Opened from a reminder of the register: the editor lands where it points. */
  arrival?: Reminder | null;
  authorName: string;
  authorRole: string;
  onLanguage: (language: Language) => void;
  onClosed: () => void;
  /** Shows another document (a duplicate) in place of this one, once this one is closed. */
  onOpenOther: (document: OpenedDocument) => void;
  ref?: Ref<EditorHandle>;
}) {
  const { t } = useTranslation();
  const controller = useDocumentController(opened, onClosed);
  const {
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
    exporting,
    setExporting,
  } = controller;
  const { template, assessment, signed } = state;
  const firstItem = template.sections[0]!.items[0]!;
  const [view, setView] = useState<View>({ kind: 'item', itemId: firstItem.id });
  const [activeQuestionId, setActiveQuestionId] = useState<string | null>(firstItem.questions[0]?.id ?? null);
  const [reviewer, setReviewer] = useState(false);
  const [guidanceOpen, setGuidanceOpen] = useState(true);
  // In a narrow window the help is a drawer, closed until asked for; the column's own state is kept for later.
  const narrow = useNarrowWindow();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [searching, setSearching] = useState(false);
  const [toast, setToast] = useState<{ message: string; undoable: boolean; id: number } | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  // The camera, risk or measure to open once its page is shown (« Y aller », search results).
  const [openRequest, setOpenRequest] = useState<OpenRequest | null>(null);
  const openSeq = useRef(0);
  const openDone = useCallback(
    (seq: number) => setOpenRequest((current) => (current?.seq === seq ? null : current)),
    [],
  );
  const openValue = useMemo<OpenRequestValue>(
    () => ({ request: openRequest, done: openDone }),
    [openRequest, openDone],
  );

  // For the benchmark: when the editor first reached the screen (after the paint that follows its first render).
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => performance.mark('dpia:editor-painted'), 0));
  }, []);

  const announce = useCallback(
    (message: string, undoable = false) => setToast({ message, undoable, id: Date.now() }),
    [],
  );
  const showGuidance = useCallback(() => (narrow ? setDrawerOpen(true) : setGuidanceOpen(true)), [narrow]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), 8000);
    return () => clearTimeout(timer);
  }, [toast]);

  useImperativeHandle(ref, () => ({ requestClose: close }), [close]);

  const openOther = useCallback(
    async (document: OpenedDocument) => {
      if (await close()) onOpenOther(document);
    },
    [close, onOpenOther],
  );

  const navigate = useCallback(
    (next: View, questionId: string | null = null) => {
      flush();
      setView(next);
      setActiveQuestionId(
        questionId ??
          (next.kind === 'item' ? (findItem(template, next.itemId)?.item.questions[0]?.id ?? null) : null),
      );
      // Move focus to the new page's heading (or the question asked for), as a page change would.
      requestAnimationFrame(() => {
        // An item opened on arrival (« Y aller » on one camera) has its dialog: the focus stays in it.
        if (document.activeElement?.closest('[role="dialog"]')) return;
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
    [template, flush],
  );
  const currentAssessment = useCallback(() => Promise.resolve(flush()), [flush]);
  const templateUpgraded = useCallback(
    (next: Assessment, nextTemplate: Template) => replaced(next, state.signature, null, nextTemplate),
    [replaced, state.signature],
  );
  const goToFinding = useCallback(
    (target: FindingTarget) => {
      navigate(target.view, target.questionId);
      openSeq.current += 1;
      setOpenRequest(target.entity ? { ...target.entity, seq: openSeq.current } : null);
    },
    [navigate],
  );

  // Opened from a reminder: once, go where it points.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current || !arrival) return;
    const target = reminderTarget(arrival, template);
    if (!target) return;
    // After the first paint, as a click on « Y aller » would.
    const frame = requestAnimationFrame(() => {
      arrived.current = true;
      goToFinding(target);
    });
    return () => cancelAnimationFrame(frame);
  }, [arrival, template, goToFinding]);

  // Ctrl+F (Cmd+F) searches the assessment rather than the page's visible text.
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'f') return;
      event.preventDefault();
      setSearching(true);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
  const goToHit = useCallback(
    (hit: SearchHit) => {
      setSearching(false);
      const location = { kind: hit.kind === 'answer' ? ('question' as const) : hit.kind, id: hit.id };
      const target = findingTarget(location, template);
      if (target) goToFinding(target);
    },
    [template, goToFinding],
  );

  const today = todayIso();
  // Off the input path: in a worker fed with each commit's patch (tens of ms at 5,000 cameras).
  const { findings, checked } = useScheduledChecks(assessment, template, today);
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
      <div className={guidanceOpen || narrow ? 'editor-layout' : 'editor-layout guidance-hidden'}>
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
          onHelp={narrow ? () => setDrawerOpen(true) : undefined}
          onSearch={() => setSearching(true)}
        />
        <NavTree
          template={template}
          assessment={assessment}
          findings={findings}
          view={view}
          onNavigate={navigate}
        />
        <main id="editor-main" ref={mainRef} className="editor-main" tabIndex={-1}>
          <SignatureBanner signature={state.signature} />
          {reviewer && <p className="banner reviewer">{t('editor.reviewerBanner')}</p>}
          <ApiErrorMessage error={saveError} onDismiss={controller.dismissSaveError} />
          {found && (
            <OpenRequestContext value={openValue}>
              <ItemView
                section={found.section}
                item={found.item}
                assessment={assessment}
                activeQuestionId={activeQuestion?.id ?? null}
                onActivate={setActiveQuestionId}
              />
            </OpenRequestContext>
          )}
          {view.kind === 'overview' && (
            <OverviewView
              onOpenOther={(document) => void openOther(document)}
              onTemplateUpgraded={templateUpgraded}
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
              signature={state.signature}
              authorRole={authorRole}
              onReplaced={replaced}
              current={currentAssessment}
            />
          )}
          {view.kind === 'findings' && (
            <FindingsView
              findings={findings}
              checked={checked}
              template={template}
              asOf={today}
              onGo={goToFinding}
              remedies={remedies}
            />
          )}
        </main>
        <GuidancePanel
          findings={itemFindings}
          drawer={narrow}
          open={narrow ? drawerOpen : guidanceOpen}
          onToggle={() => (narrow ? setDrawerOpen((o) => !o) : setGuidanceOpen((o) => !o))}
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
      {searching && (
        <SearchDialog
          assessment={assessment}
          template={template}
          onGo={goToHit}
          onClose={() => setSearching(false)}
        />
      )}
      {exporting && (
        <ExportDialog
          sessionId={state.sessionId}
          current={flush}
          defaultLanguage={assessment.meta.language}
          onClose={() => setExporting(false)}
        />
      )}
    </EditorContext>
  );
}
