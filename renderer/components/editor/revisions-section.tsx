// Named revisions (who, when, why), kept inside the file, and what changed since each one.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/api.ts';
import type { Assessment, Revision } from '../../../core/model/assessment.ts';
import { diffAssessments } from '../../../core/revisions/diff.ts';
import type { AssessmentDiff } from '../../../core/revisions/diff.ts';
import { useApi } from '../../app/api-context.tsx';
import { useEditor } from '../../app/editor-context.tsx';
import { formatDate, formatTime } from '../../app/format.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import type { Template } from '../../../core/template/schema.ts';
import { ApiErrorMessage } from '../common/api-error.tsx';
import { TemplateUpgradeCard } from './template-upgrade-card.tsx';

const COLLECTIONS = ['answers', 'evaluations', 'cameras', 'risks', 'measures', 'attachments'] as const;

export function RevisionsSection(props: {
  assessment: Assessment;
  sessionId: string;
  onTemplateUpgraded?: (assessment: Assessment, template: Template) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const api = useApi();
  const { edit, readOnly, announce } = useEditor();
  const id = useId();
  const [label, setLabel] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [comparison, setComparison] = useState<{ revision: Revision; diff: AssessmentDiff } | null>(null);

  const create = async () => {
    const result = await api.createRevision({
      sessionId: props.sessionId,
      assessment: props.assessment,
      label: label.trim(),
      reason: reason.trim(),
    });
    if (!result.ok) return setError(result.error);
    const next = result.value;
    edit(`revision:${label}`, () => next);
    setLabel('');
    setReason('');
    announce(t('revisions.created', { label: label.trim() }));
  };

  const compare = async (revision: Revision) => {
    const result = await api.getRevisionSnapshot({ sessionId: props.sessionId, revisionId: revision.id });
    if (!result.ok) return setError(result.error);
    setComparison({ revision, diff: diffAssessments(result.value, props.assessment) });
  };

  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('revisions.title')}</h3>
      <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
      {props.onTemplateUpgraded && (
        <TemplateUpgradeCard
          assessment={props.assessment}
          sessionId={props.sessionId}
          onUpgraded={props.onTemplateUpgraded}
        />
      )}
      {props.assessment.revisions.length === 0 ? (
        <p className="empty">{t('revisions.none')}</p>
      ) : (
        <ul className="revision-list">
          {props.assessment.revisions.map((revision) => (
            <li key={revision.id}>
              <span className="revision-label">{revision.label}</span>{' '}
              <span className="hint">
                {t('revisions.by', {
                  author: revision.author || '—',
                  date: formatDate(revision.createdAt.slice(0, 10), language),
                  time: formatTime(revision.createdAt, t),
                })}
              </span>
              {revision.reason && <p className="revision-reason">{revision.reason}</p>}
              <button type="button" className="link-button" onClick={() => void compare(revision)}>
                {t('revisions.compare')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {comparison && (
        <div
          className="revision-diff"
          role="region"
          aria-label={t('revisions.diffTitle', { label: comparison.revision.label })}
        >
          <h4>{t('revisions.diffTitle', { label: comparison.revision.label })}</h4>
          <ul>
            {comparison.diff.fields.length > 0 && (
              <li>{t('revisions.fields', { fields: comparison.diff.fields.join(', ') })}</li>
            )}
            {COLLECTIONS.map((key) => {
              const d = comparison.diff[key];
              if (d.added.length + d.changed.length + d.removed.length === 0) return null;
              return (
                <li key={key}>
                  {t(`revisions.collections.${key}`)}
                  {t('revisions.counts', {
                    added: t('revisions.added', { count: d.added.length }),
                    changed: t('revisions.changed', { count: d.changed.length }),
                    removed: t('revisions.removed', { count: d.removed.length }),
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {!readOnly && (
        <div className="form-grid">
          <div className="form-field">
            <label htmlFor={`${id}-label`}>{t('revisions.label')}</label>
            <input
              id={`${id}-label`}
              className="text-input"
              value={label}
              placeholder={t('revisions.labelPlaceholder')}
              onChange={(event) => setLabel(event.target.value)}
            />
          </div>
          <div className="form-field wide">
            <label htmlFor={`${id}-reason`}>{t('revisions.reason')}</label>
            <input
              id={`${id}-reason`}
              className="text-input"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="form-field">
            <button
              type="button"
              className="secondary"
              disabled={label.trim() === ''}
              onClick={() => void create()}
            >
              {t('revisions.create')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
