// The validation page: where the assessment stands, the DPO's opinion, the data subjects' views (or why they were
// not sought), and the controller's decision.
import type { SignatureVerdict } from '../../../core/signature/trust.ts';
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, AssessmentStatus, Opinions, Validation } from '../../../core/model/assessment.ts';
import type { Template } from '../../../core/template/schema.ts';
import type { Finding } from '../../../core/checks/index.ts';
import { runChecks, summarizeFindings } from '../../../core/checks/index.ts';
import type { DpiaError } from '../../../core/errors.ts';
import type { StatusChangeRequest } from '../../../core/workflow/change-status.ts';
import { changeStatus } from '../../../core/workflow/change-status.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { useEditor } from '../../app/editor-context.tsx';
import { setOpinions, setValidation } from '../../../core/assessment/edits.ts';
import { templateProgress } from '../../app/progress.ts';
import { BooleanField, ChoiceField } from '../questions/choice-field.tsx';
import { DateField } from '../questions/date-number-fields.tsx';
import { RichTextField } from '../questions/rich-text-field.tsx';
import { TextField } from '../questions/text-field.tsx';
import { zoneOf } from '../risks/risk-map.tsx';
import { todayIso } from '../../app/format.ts';
import { SignatureSection } from './signature-section.tsx';
import { errorCountText } from './finding-count.tsx';
import { ArchiveSection } from '../record/archive-section.tsx';

const STATUSES: readonly AssessmentStatus[] = ['draft', 'in-review', 'validated', 'refused'];

export const ValidationView = memo(function ValidationView(props: {
  assessment: Assessment;
  template: Template;
  findings: readonly Finding[];
  onGoToFindings: () => void;
  sessionId: string;
  signature: SignatureVerdict;
  authorRole: string;
  onReplaced: (
    assessment: Assessment,
    signature: SignatureVerdict,
    saved: { savedAt: string; filePath: string } | null,
  ) => void;
  current: () => Promise<Assessment>;
}) {
  const { t } = useTranslation();
  const { edit, readOnly, authorName } = useEditor();
  const { language } = useLanguage();
  const id = useId();
  const [statusError, setStatusError] = useState<DpiaError | null>(null);
  const { assessment } = props;
  const { opinions, validation } = assessment;
  const progress = templateProgress(props.template, assessment);
  const findingCounts = summarizeFindings(props.findings);
  const openIssues = findingCounts.error > 0 || progress.answered < progress.required;
  const highResidual = assessment.risks.filter(
    (r) =>
      r.residual.severity !== null &&
      r.residual.likelihood !== null &&
      zoneOf(r.residual.severity, r.residual.likelihood) === 'high',
  );
  const unrated = assessment.risks.filter(
    (r) => r.residual.severity === null || r.residual.likelihood === null,
  );
  // The user as the preferences name them: who gives the DPO's opinion, unless another name is already there.
  const me = [authorName.trim(), props.authorRole.trim()].filter((part) => part !== '').join(', ');
  const dpo = (patch: Partial<Opinions['dpo']>, field: string) => {
    const name = opinions.dpo.name.trim() === '' && patch.name === undefined && me !== '' ? { name: me } : {};
    edit(`opinion-dpo:${field}`, setOpinions({ ...opinions, dpo: { ...opinions.dpo, ...name, ...patch } }));
  };
  const subjects = (patch: Partial<Opinions['dataSubjects']>, field: string) =>
    edit(
      `opinion-subjects:${field}`,
      setOpinions({ ...opinions, dataSubjects: { ...opinions.dataSubjects, ...patch } }),
    );
  const decide = (patch: Partial<Validation>, field: string) =>
    edit(`validation:${field}`, setValidation({ ...validation, ...patch }));
  const label = (key: string) => `${id}-${key}`;
  // The same rule as `dpia status`: core decides whether the move is allowed and records it; the decision's
  // fields on this page are the CLI's options (role, note, justification, conditional).
  const moveTo = (to: AssessmentStatus) => {
    const request = (current: Assessment): StatusChangeRequest => ({
      to,
      by: authorName,
      at: new Date().toISOString(),
      note: to === 'validated' || to === 'refused' ? current.validation.comment : '',
      role: current.validation.role,
      decision: current.validation.decision === 'conditional' ? 'conditional' : 'validated',
      justification: current.validation.openFindingsJustification,
      // The rule holds on the document as it is now, not on findings still on their way from the checks' worker.
      findings: runChecks(current, props.template, { asOf: todayIso() }),
    });
    const result = changeStatus(assessment, request(assessment));
    if (!result.ok) {
      setStatusError(result.error);
      return;
    }
    setStatusError(null);
    edit('status', (current) => {
      const next = changeStatus(current, request(current));
      return next.ok ? next.assessment : current;
    });
  };
  const option = (ids: readonly string[], prefix: string) =>
    ids.map((value) => ({
      id: value,
      label: { fr: t(`${prefix}.${value}`, { lng: 'fr' }), en: t(`${prefix}.${value}`, { lng: 'en' }) },
    }));

  return (
    <article className="validation-view" aria-labelledby="validation-title">
      <h2 id="validation-title" tabIndex={-1} className="item-title">
        {t('validation.title')}
      </h2>
      <section className="summary-cards" aria-label={t('validation.summary')}>
        <div className="card">
          <p className="card-figure">
            {progress.answered}/{progress.required}
          </p>
          <p>{t('validation.requiredAnswered')}</p>
        </div>
        <div className="card">
          <p className="card-figure">{assessment.risks.length}</p>
          <p>{t('validation.risks', { count: assessment.risks.length })}</p>
        </div>
        <div className={highResidual.length > 0 ? 'card alert' : 'card'}>
          <p className="card-figure">{highResidual.length}</p>
          <p>{t('validation.highResidual', { count: highResidual.length })}</p>
        </div>
        <div className={findingCounts.error > 0 ? 'card alert' : 'card'}>
          <p className="card-figure">{findingCounts.error}</p>
          <p>
            <button type="button" className="link-button" onClick={props.onGoToFindings}>
              {t('validation.errors', { count: findingCounts.error })}
            </button>
          </p>
          {findingCounts.missingAnswers > 0 && (
            <p className="hint">
              {t('findingCount.ofWhichMissing', { count: findingCounts.missingAnswers })}
            </p>
          )}
        </div>
      </section>
      {highResidual.length > 0 && <p className="warning">{t('validation.priorConsultation')}</p>}
      {unrated.length > 0 && <p className="warning">{t('validation.unrated', { count: unrated.length })}</p>}

      <section className="form-section" aria-labelledby={label('dpo')}>
        <h3 id={label('dpo')}>{t('validation.dpoTitle')}</h3>
        <div className="form-grid">
          <div className="form-field">
            <label htmlFor={label('dpo-name')}>{t('validation.name')}</label>
            <TextField
              id={label('dpo-name')}
              value={opinions.dpo.name}
              readOnly={readOnly}
              placeholder={me}
              onCommit={(name) => dpo({ name }, 'name')}
            />
          </div>
          <div className="form-field">
            <label htmlFor={label('dpo-date')}>{t('validation.date')}</label>
            <DateField
              id={label('dpo-date')}
              value={opinions.dpo.date}
              readOnly={readOnly}
              onChange={(date) => dpo({ date }, 'date')}
            />
          </div>
        </div>
        <p className="field-label" id={label('dpo-verdict')}>
          {t('validation.dpoVerdict')}
        </p>
        <ChoiceField
          name={label('dpo-verdict-choice')}
          labelledBy={label('dpo-verdict')}
          options={option(['favourable', 'reserved', 'unfavourable'], 'validation.dpoVerdicts')}
          value={opinions.dpo.verdict}
          readOnly={readOnly}
          onChange={(verdict) => dpo({ verdict: verdict as Opinions['dpo']['verdict'] }, 'verdict')}
        />
        <p className="field-label" id={label('dpo-text')}>
          {t('validation.dpoText')}
        </p>
        <RichTextField
          labelledBy={label('dpo-text')}
          value={opinions.dpo.text}
          readOnly={readOnly}
          onCommit={(text) => dpo({ text }, 'text')}
        />
      </section>

      <section className="form-section" aria-labelledby={label('subjects')}>
        <h3 id={label('subjects')}>{t('validation.subjectsTitle')}</h3>
        <p className="field-label" id={label('sought')}>
          {t('validation.sought')}
        </p>
        <BooleanField
          name={label('sought-choice')}
          labelledBy={label('sought')}
          value={opinions.dataSubjects.sought}
          readOnly={readOnly}
          onChange={(sought) => subjects({ sought }, 'sought')}
        />
        {opinions.dataSubjects.sought !== false && (
          <>
            <p className="field-label" id={label('method')}>
              {t('validation.method')}
            </p>
            <RichTextField
              compact
              labelledBy={label('method')}
              value={opinions.dataSubjects.method}
              readOnly={readOnly}
              onCommit={(method) => subjects({ method }, 'method')}
            />
            <p className="field-label" id={label('summary')}>
              {t('validation.subjectsSummary')}
            </p>
            <RichTextField
              compact
              labelledBy={label('summary')}
              value={opinions.dataSubjects.summary}
              readOnly={readOnly}
              onCommit={(summary) => subjects({ summary }, 'summary')}
            />
          </>
        )}
        <p className="field-label" id={label('not-sought')}>
          {opinions.dataSubjects.sought === false
            ? t('validation.notSoughtReason')
            : t('validation.departReason')}
        </p>
        <RichTextField
          compact
          labelledBy={label('not-sought')}
          value={opinions.dataSubjects.notSoughtReason}
          readOnly={readOnly}
          onCommit={(notSoughtReason) => subjects({ notSoughtReason }, 'notSoughtReason')}
        />
      </section>

      <section className="form-section" aria-labelledby={label('decision')}>
        <h3 id={label('decision')}>{t('validation.decisionTitle')}</h3>
        <p className="field-label" id={label('decision-choice')}>
          {t('validation.decision')}
        </p>
        <ChoiceField
          name={label('decision-radio')}
          labelledBy={label('decision-choice')}
          options={option(['validated', 'conditional', 'refused'], 'validation.decisions')}
          value={validation.decision}
          readOnly={readOnly}
          onChange={(decision) => decide({ decision: decision as Validation['decision'] }, 'decision')}
        />
        <div className="form-grid">
          <div className="form-field">
            <label htmlFor={label('by')}>{t('validation.by')}</label>
            <TextField
              id={label('by')}
              value={validation.by}
              readOnly={readOnly}
              onCommit={(by) => decide({ by }, 'by')}
            />
          </div>
          <div className="form-field">
            <label htmlFor={label('role')}>{t('validation.role')}</label>
            <TextField
              id={label('role')}
              value={validation.role}
              readOnly={readOnly}
              onCommit={(role) => decide({ role }, 'role')}
            />
          </div>
          <div className="form-field">
            <label htmlFor={label('date')}>{t('validation.date')}</label>
            <DateField
              id={label('date')}
              value={validation.date}
              readOnly={readOnly}
              onChange={(date) => decide({ date }, 'date')}
            />
          </div>
        </div>
        <p className="field-label" id={label('comment')}>
          {t('validation.comment')}
        </p>
        <RichTextField
          compact
          labelledBy={label('comment')}
          value={validation.comment}
          readOnly={readOnly}
          onCommit={(comment) => decide({ comment }, 'comment')}
        />
        {openIssues && (
          <>
            <p className="field-label" id={label('open')}>
              {t('validation.openFindings', { errors: errorCountText(t, findingCounts) })}
            </p>
            <RichTextField
              compact
              labelledBy={label('open')}
              value={validation.openFindingsJustification}
              readOnly={readOnly}
              onCommit={(openFindingsJustification) => decide({ openFindingsJustification }, 'open')}
            />
          </>
        )}
      </section>

      <section className="form-section" aria-labelledby={label('status')}>
        <h3 id={label('status')}>{t('validation.statusTitle')}</h3>
        <div className="form-field">
          <label htmlFor={label('status-select')}>{t('validation.status')}</label>
          <select
            id={label('status-select')}
            value={assessment.meta.status}
            disabled={readOnly || assessment.meta.status === 'signed'}
            aria-describedby={statusError ? label('status-error') : undefined}
            onChange={(event) => moveTo(event.target.value as AssessmentStatus)}
          >
            {[...STATUSES, ...(assessment.meta.status === 'signed' ? (['signed'] as const) : [])].map(
              (status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ),
            )}
          </select>
        </div>
        {statusError && (
          <p id={label('status-error')} className="error-banner" role="alert">
            {statusError.localized(language)}
          </p>
        )}
      </section>

      <SignatureSection
        sessionId={props.sessionId}
        assessment={assessment}
        signature={props.signature}
        authorName={authorName}
        authorRole={props.authorRole}
        onReplaced={props.onReplaced}
        current={props.current}
      />
      <ArchiveSection
        sessionId={props.sessionId}
        assessment={assessment}
        signature={props.signature}
        current={props.current}
      />
    </article>
  );
});
