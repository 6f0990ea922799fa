// Reusing an assessment: a copy for another town (verdicts and decisions cleared), or a template for the next ones.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, OpenedDocument } from '../../../core/api.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import { useApi } from '../../app/api-context.tsx';
import { useEditor } from '../../app/editor-context.tsx';
import { ApiErrorMessage } from '../common/api-error.tsx';

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'modele';

export function ReuseSection(props: {
  assessment: Assessment;
  sessionId: string;
  onOpenOther: (document: OpenedDocument) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { announce } = useEditor();
  const id = useId();
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [keepAttachments, setKeepAttachments] = useState(false);
  const [templateTitle, setTemplateTitle] = useState('');
  const [withAnswers, setWithAnswers] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const duplicate = async () => {
    setBusy(true);
    const result = await api.duplicateDocument({
      sessionId: props.sessionId,
      assessment: props.assessment,
      title: title.trim(),
      organisation: organisation.trim() || undefined,
      keepAttachments,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    props.onOpenOther(result.value);
  };

  const saveTemplate = async () => {
    setBusy(true);
    const name = templateTitle.trim();
    const result = await api.saveAsTemplate({
      sessionId: props.sessionId,
      assessment: props.assessment,
      id: slug(name),
      version: '1.0.0',
      title: name,
      withAnswers,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    announce(t('reuse.templateSaved', { title: name }));
    setTemplateTitle('');
  };

  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('reuse.title')}</h3>
      <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
      <h4>{t('reuse.duplicateTitle')}</h4>
      <p className="hint">{t('reuse.duplicateIntro')}</p>
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={`${id}-copy-title`}>{t('reuse.newTitle')}</label>
          <input
            id={`${id}-copy-title`}
            className="text-input"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-copy-org`}>{t('reuse.organisation')}</label>
          <input
            id={`${id}-copy-org`}
            className="text-input"
            value={organisation}
            onChange={(event) => setOrganisation(event.target.value)}
          />
        </div>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={keepAttachments}
          onChange={(event) => setKeepAttachments(event.target.checked)}
        />
        <span>{t('reuse.keepAttachments')}</span>
      </label>
      <button
        type="button"
        className="secondary"
        disabled={busy || title.trim() === ''}
        onClick={() => void duplicate()}
      >
        {t('reuse.duplicate')}
      </button>
      <h4>{t('reuse.templateTitle')}</h4>
      <p className="hint">{t('reuse.templateIntro')}</p>
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={`${id}-template-title`}>{t('reuse.templateName')}</label>
          <input
            id={`${id}-template-title`}
            className="text-input"
            value={templateTitle}
            onChange={(event) => setTemplateTitle(event.target.value)}
          />
        </div>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={withAnswers}
          onChange={(event) => setWithAnswers(event.target.checked)}
        />
        <span>{t('reuse.withAnswers')}</span>
      </label>
      <button
        type="button"
        className="secondary"
        disabled={busy || templateTitle.trim() === ''}
        onClick={() => void saveTemplate()}
      >
        {t('reuse.saveTemplate')}
      </button>
    </section>
  );
}
