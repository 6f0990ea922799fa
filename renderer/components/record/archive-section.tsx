// « Archive »: the package a council keeps (the file as saved, its Word export, a verification report and SHA256SUMS),
// offered for a signed or refused document; others are told in one line why not.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/api.ts';
import { isArchivable } from '../../../core/archive/eligibility.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import { isIntact, type SignatureVerdict } from '../../../core/model/signature-verdict.ts';
import { useApi } from '../../app/api-context.tsx';
import { ApiErrorMessage } from '../common/api-error.tsx';

export function ArchiveSection(props: {
  sessionId: string;
  assessment: Assessment;
  signature: SignatureVerdict;
  /** Commits what is being typed and returns the document (saved first when it is not signed). */
  current: () => Promise<Assessment>;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const archivable = isArchivable(props.assessment, props.signature);

  const archive = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    // The package holds the file as saved: a refused document still being edited is saved first.
    if (!isIntact(props.signature.verdict)) {
      const saved = await api.saveDocument({ sessionId: props.sessionId, assessment: await props.current() });
      if (!saved.ok || saved.value === null) {
        setBusy(false);
        if (!saved.ok) setError(saved.error);
        return;
      }
    }
    const result = await api.archiveDocument({ sessionId: props.sessionId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (result.value) setDone(result.value.filePath);
  };

  return (
    <section className="form-section" aria-labelledby={`${id}-archive`}>
      <h3 id={`${id}-archive`}>{t('record.archive.title')}</h3>
      <p className="hint">{t('record.archive.intro')}</p>
      <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
      {archivable ? (
        <button type="button" className="secondary" disabled={busy} onClick={() => void archive()}>
          {busy ? t('record.archive.busy') : t('record.archive.button')}
        </button>
      ) : (
        <p className="empty">{t('record.archive.unavailable')}</p>
      )}
      {done && (
        <p className="archive-done" role="status">
          {t('record.archive.done', { path: done })}
        </p>
      )}
    </section>
  );
}
