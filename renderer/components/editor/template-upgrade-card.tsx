// Offers to carry the document over to a newer built-in version of its template when the law changed, and shows
// what the upgrade did: questions added, removed and reworded, answers kept.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/api.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import { compareVersions } from '../../../core/template/template-file.ts';
import type { Template } from '../../../core/template/schema.ts';
import type { TemplateUpgradeReport, UpgradedQuestion } from '../../../core/template/upgrade.ts';
import { useApi } from '../../app/api-context.tsx';
import { useEditor } from '../../app/editor-context.tsx';
import { useLanguage } from '../../i18n/i18n.ts';
import { ApiErrorMessage } from '../common/api-error.tsx';

export function TemplateUpgradeCard(props: {
  assessment: Assessment;
  sessionId: string;
  onUpgraded: (assessment: Assessment, template: Template) => void;
}) {
  const { t } = useTranslation();
  const { loc } = useLanguage();
  const api = useApi();
  const { readOnly, announce } = useEditor();
  const id = useId();
  const { templateId, templateVersion } = props.assessment.meta;
  const [newer, setNewer] = useState<string | null>(null);
  const [report, setReport] = useState<TemplateUpgradeReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void api.listTemplates().then((result) => {
      if (!live || !result.ok) return;
      const builtin = result.value.find((s) => s.origin === 'builtin' && s.id === templateId);
      setNewer(builtin && compareVersions(builtin.version, templateVersion) > 0 ? builtin.version : null);
    });
    return () => {
      live = false;
    };
  }, [api, templateId, templateVersion]);

  const upgrade = async () => {
    if (!newer) return;
    setBusy(true);
    const result = await api.upgradeTemplate({
      sessionId: props.sessionId,
      assessment: props.assessment,
      version: newer,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setReport(result.value.report);
    props.onUpgraded(result.value.assessment, result.value.template);
    announce(t('templateUpgrade.done', { from: result.value.report.from, to: result.value.report.to }));
  };

  const list = (key: 'added' | 'removed' | 'reworded', questions: readonly UpgradedQuestion[]) =>
    questions.length > 0 && (
      <li>
        {t(`templateUpgrade.${key}`, { count: questions.length })}
        <ul>
          {questions.map((q) => (
            <li key={q.id}>{loc(q.label)}</li>
          ))}
        </ul>
      </li>
    );

  if (!newer && !report) return null;
  return (
    <div className="template-upgrade" role="region" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('templateUpgrade.title')}</h4>
      <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
      {report ? (
        <>
          <p>{t('templateUpgrade.done', { from: report.from, to: report.to })}</p>
          <ul>
            {list('added', report.added)}
            {list('removed', report.removed)}
            {list('reworded', report.reworded)}
            <li>{t('templateUpgrade.kept', { count: report.keptAnswers })}</li>
          </ul>
        </>
      ) : (
        <>
          <p>{t('templateUpgrade.available', { id: templateId, from: templateVersion, to: newer })}</p>
          {readOnly ? (
            <p className="hint">{t('templateUpgrade.signed')}</p>
          ) : (
            <button type="button" className="secondary" disabled={busy} onClick={() => void upgrade()}>
              {t('templateUpgrade.button', { version: newer })}
            </button>
          )}
        </>
      )}
    </div>
  );
}
