// General information on the document: title, organisation, controller, DPO, authors, version, the language of its
// content and review date, and the attached files.
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, OpenedDocument } from '../../../core/api.ts';
import type { Assessment, Meta } from '../../../core/model/assessment.ts';
import type { Template } from '../../../core/template/schema.ts';
import { useApi } from '../../app/api-context.tsx';
import { useEditor } from '../../app/editor-context.tsx';
import { setMeta } from '../../../core/assessment/edits.ts';
import { asksController, setController } from '../../../core/assessment/controller.ts';
import { formatDate } from '../../app/format.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { ApiErrorMessage } from '../common/api-error.tsx';
import { TagInput } from '../common/tag-input.tsx';
import { DateField } from '../questions/date-number-fields.tsx';
import { TextField } from '../questions/text-field.tsx';
import { ReuseSection } from './reuse-section.tsx';
import { RevisionsSection } from './revisions-section.tsx';
import { RecordSection } from '../record/record-section.tsx';

export const OverviewView = memo(function OverviewView(props: {
  assessment: Assessment;
  template: Template;
  sessionId: string;
  filePath: string | null;
  onOpenOther: (document: OpenedDocument) => void;
  /** The document moved to a newer template version (see TemplateUpgradeCard). */
  onTemplateUpgraded?: (assessment: Assessment, template: Template) => void;
}) {
  const { t } = useTranslation();
  const { language, loc } = useLanguage();
  const api = useApi();
  const { edit, readOnly, announce } = useEditor();
  const id = useId();
  const [error, setError] = useState<ApiError | null>(null);
  const { meta } = props.assessment;
  const update = (patch: Partial<Meta>, field: string) => edit(`meta:${field}`, setMeta(patch));
  const asksItToo = asksController(props.template);
  const text = (field: 'title' | 'organisation' | 'controller' | 'dpo' | 'version') => (
    <div className={`form-field meta-${field}`}>
      <label htmlFor={`${id}-${field}`}>{t(`overview.${field}`)}</label>
      <TextField
        id={`${id}-${field}`}
        value={meta[field]}
        readOnly={readOnly}
        onCommit={(value) =>
          field === 'controller'
            ? edit('meta:controller', setController(value, asksItToo))
            : update({ [field]: field === 'title' ? value.trim() || meta.title : value }, field)
        }
      />
      {field === 'controller' && asksItToo && <p className="hint">{t('overview.controllerHint')}</p>}
    </div>
  );

  const attach = async () => {
    const result = await api.addAttachment({ sessionId: props.sessionId, questionId: null });
    if (!result.ok) return setError(result.error);
    const attachment = result.value;
    if (!attachment) return;
    edit(`attachment:${attachment.id}`, (a) => ({ ...a, attachments: [...a.attachments, attachment] }));
    announce(t('overview.attached', { name: attachment.name }), true);
  };

  return (
    <article className="overview-view" aria-labelledby="overview-title">
      <h2 id="overview-title" tabIndex={-1} className="item-title">
        {t('overview.heading')}
      </h2>
      <p className="hint">
        {t('overview.template', { title: loc(props.template.title), version: props.template.version })}
        {props.filePath ? ` · ${t('overview.file', { path: props.filePath })}` : ` · ${t('overview.noFile')}`}
      </p>
      <div className="form-grid">
        {text('title')}
        {text('organisation')}
        {text('controller')}
        {text('dpo')}
        {text('version')}
        <div className="form-field">
          <label htmlFor={`${id}-language`}>{t('overview.language')}</label>
          <select
            id={`${id}-language`}
            value={meta.language}
            disabled={readOnly}
            onChange={(event) => update({ language: event.target.value === 'en' ? 'en' : 'fr' }, 'language')}
          >
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-review`}>{t('overview.reviewDate')}</label>
          <DateField
            id={`${id}-review`}
            value={meta.reviewDate}
            readOnly={readOnly}
            onChange={(reviewDate) => update({ reviewDate }, 'reviewDate')}
          />
        </div>
      </div>
      <TagInput
        label={t('overview.authors')}
        values={meta.authors}
        readOnly={readOnly}
        onChange={(authors) => update({ authors }, 'authors')}
      />
      <p className="hint">
        {t('overview.dates', {
          created: formatDate(meta.createdAt.slice(0, 10), language),
          modified: formatDate(meta.modifiedAt.slice(0, 10), language),
        })}{' '}
        · {t(`status.${meta.status}`)}
      </p>

      <RecordSection assessment={props.assessment} template={props.template} />

      <section className="form-section" aria-labelledby={`${id}-attachments`}>
        <h3 id={`${id}-attachments`}>{t('overview.attachments')}</h3>
        <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
        {props.assessment.attachments.length === 0 ? (
          <p className="empty">{t('overview.noAttachments')}</p>
        ) : (
          <ul className="attachment-list">
            {props.assessment.attachments.map((a) => (
              <li key={a.id}>
                <span className="attachment-name">{a.name}</span>{' '}
                <span className="hint">
                  {t('overview.attachmentSize', { size: Math.max(1, Math.round(a.size / 1024)) })}
                </span>
              </li>
            ))}
          </ul>
        )}
        {!readOnly && (
          <button type="button" className="secondary" onClick={() => void attach()}>
            {t('overview.attach')}
          </button>
        )}
      </section>
      <RevisionsSection
        assessment={props.assessment}
        sessionId={props.sessionId}
        onTemplateUpgraded={props.onTemplateUpgraded}
      />
      <ReuseSection
        assessment={props.assessment}
        sessionId={props.sessionId}
        onOpenOther={props.onOpenOther}
      />
    </article>
  );
});
