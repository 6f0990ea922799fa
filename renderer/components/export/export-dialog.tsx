// Export: the assessment in Word, or what the public must be told (information sign, web notice); choose the
// language, follow the progress, then open the folder that holds the document.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ExportProgress, SaveResult } from '../../../core/api.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import type { Language } from '../../../core/model/localized.ts';
import { useApi } from '../../app/api-context.tsx';
import { ApiErrorMessage } from '../common/api-error.tsx';
import { Dialog } from '../common/dialog.tsx';

type Phase =
  | { kind: 'choose' }
  | { kind: 'running'; progress: ExportProgress | null }
  | { kind: 'done'; result: SaveResult; missing: string[] | null };

/** What can be exported: the assessment itself, or one of the public notices made from it. */
const TARGETS = ['assessment', 'sign-A4', 'sign-A3', 'web-docx', 'web-html'] as const;
type Target = (typeof TARGETS)[number];

export function ExportDialog(props: {
  sessionId: string;
  /** The assessment as it is at the moment of export, what is still being typed included. */
  current: () => Assessment;
  defaultLanguage: Language;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [language, setLanguage] = useState<Language>(props.defaultLanguage);
  const [target, setTarget] = useState<Target>('assessment');
  // The contents are numbered by default: a council's PDF must lead somewhere; it costs a few seconds in the worker.
  const [pageNumbers, setPageNumbers] = useState(true);
  const [marking, setMarking] = useState('');
  const markingId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(
    () =>
      api.onExportProgress((progress) => {
        if (progress.sessionId !== props.sessionId) return;
        setPhase((p) => (p.kind === 'running' ? { kind: 'running', progress } : p));
      }),
    [api, props.sessionId],
  );

  const run = async () => {
    setError(null);
    setPhase({ kind: 'running', progress: null });
    const common = { sessionId: props.sessionId, assessment: props.current(), language };
    const result =
      target === 'assessment'
        ? await api.exportDocx({ ...common, pageNumbers, marking })
        : await api.exportNotice({
            ...common,
            kind: target.startsWith('sign') ? 'sign' : 'web',
            format: target === 'web-html' ? 'html' : 'docx',
            size: target === 'sign-A3' ? 'A3' : 'A4',
          });
    if (!result.ok) {
      setError(result.error);
      setPhase({ kind: 'choose' });
    } else if (result.value === null) {
      setPhase({ kind: 'choose' });
    } else {
      const value: SaveResult & { missing?: string[] } = result.value;
      setPhase({ kind: 'done', result: value, missing: value.missing ?? null });
    }
  };

  const running = phase.kind === 'running';
  const fraction = phase.kind === 'running' ? (phase.progress?.fraction ?? 0) : phase.kind === 'done' ? 1 : 0;

  return (
    <Dialog
      title={t('export.title')}
      onClose={props.onClose}
      busy={running}
      footer={
        phase.kind === 'done' ? (
          <>
            <button
              type="button"
              className="secondary"
              onClick={() => void api.showInFolder({ filePath: phase.result.filePath })}
            >
              {t('export.showInFolder')}
            </button>
            <button type="button" className="primary" onClick={props.onClose}>
              {t('common.close')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="secondary" onClick={props.onClose} disabled={running}>
              {t('common.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void run()} disabled={running}>
              {t('export.run')}
            </button>
          </>
        )
      }
    >
      <ApiErrorMessage error={error} />
      {phase.kind === 'done' ? (
        <div role="status">
          <p className="export-done">{t('export.done', { path: phase.result.filePath })}</p>
          {phase.missing !== null && (
            <p className={phase.missing.length > 0 ? 'export-missing' : undefined}>
              {phase.missing.length > 0
                ? t('export.missing', { count: phase.missing.length, facts: phase.missing.join(', ') })
                : t('export.complete')}
            </p>
          )}
        </div>
      ) : (
        <>
          <fieldset className="choice-group" disabled={running}>
            <legend>{t('export.what')}</legend>
            {TARGETS.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="export-target"
                  checked={target === value}
                  onChange={() => setTarget(value)}
                />
                <span>{t(`export.targets.${value}`)}</span>
              </label>
            ))}
          </fieldset>
          {target === 'assessment' && (
            <fieldset className="choice-group" disabled={running}>
              <legend>{t('export.options')}</legend>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={pageNumbers}
                  onChange={(event) => setPageNumbers(event.target.checked)}
                />
                <span>{t('export.pageNumbers')}</span>
              </label>
              <label htmlFor={markingId}>{t('export.marking')}</label>
              <input
                id={markingId}
                className="text-input"
                value={marking}
                maxLength={200}
                placeholder={t('export.markingPlaceholder')}
                onChange={(event) => setMarking(event.target.value)}
              />
            </fieldset>
          )}
          <fieldset className="choice-group" disabled={running}>
            <legend>{t('export.language')}</legend>
            {(['fr', 'en'] as const).map((l) => (
              <label key={l} className="choice">
                <input
                  type="radio"
                  name="export-language"
                  checked={language === l}
                  onChange={() => setLanguage(l)}
                />
                <span lang={l}>{l === 'fr' ? 'Français' : 'English'}</span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      {running && (
        <div className="export-progress">
          <progress max={1} value={fraction} aria-label={t('export.progress')} />
          <p role="status">
            {phase.progress ? t(`export.stages.${phase.progress.stage}`) : t('export.starting')}
          </p>
        </div>
      )}
    </Dialog>
  );
}
