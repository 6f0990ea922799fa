// Signing the validated assessment (hash + Ed25519 signature, done by the main process with the user's key), and
// starting a new revision of a signed one.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/api.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import { useApi } from '../../app/api-context.tsx';
import { ApiErrorMessage } from '../common/api-error.tsx';

export interface SignedInfo {
  contentSha256: string;
  keyFingerprint: string;
}

export function SignatureSection(props: {
  sessionId: string;
  assessment: Assessment;
  signed: boolean;
  authorName: string;
  authorRole: string;
  /** Called with the main process's version of the document after it signed or reopened it. */
  onReplaced: (
    assessment: Assessment,
    signed: boolean,
    saved: { savedAt: string; filePath: string } | null,
  ) => void;
  /** Commits what is being typed and returns the document to sign. */
  current: () => Promise<Assessment>;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [signer, setSigner] = useState(props.authorName);
  const [role, setRole] = useState(props.authorRole);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [info, setInfo] = useState<SignedInfo | null>(null);
  const status = props.assessment.meta.status;
  const canSign = status === 'validated' || status === 'refused';

  const sign = async () => {
    setBusy(true);
    setError(null);
    const assessment = await props.current();
    const result = await api.signDocument({
      sessionId: props.sessionId,
      assessment,
      signer: signer.trim(),
      role: role.trim(),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (!result.value) return;
    setInfo({ contentSha256: result.value.contentSha256, keyFingerprint: result.value.keyFingerprint });
    props.onReplaced(result.value.assessment, true, {
      savedAt: new Date().toISOString(),
      filePath: result.value.filePath,
    });
  };

  const reopen = async () => {
    setBusy(true);
    setError(null);
    const result = await api.reopenSigned({
      sessionId: props.sessionId,
      label: t('signature.reopenLabel'),
      reason: reason.trim(),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setInfo(null);
    props.onReplaced(result.value, false, null);
  };

  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('signature.title')}</h3>
      <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
      {props.signed ? (
        <>
          <p>{t('signature.signed')}</p>
          {info && (
            <dl className="signature-info">
              <dt>{t('signature.hash')}</dt>
              <dd>
                <code>{info.contentSha256}</code>
              </dd>
              <dt>{t('signature.fingerprint')}</dt>
              <dd>
                <code>{info.keyFingerprint}</code>
              </dd>
            </dl>
          )}
          <div className="form-field">
            <label htmlFor={`${id}-reason`}>{t('signature.reopenReason')}</label>
            <input
              id={`${id}-reason`}
              className="text-input"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <button
            type="button"
            className="secondary"
            disabled={busy || reason.trim() === ''}
            onClick={() => void reopen()}
          >
            {t('signature.reopen')}
          </button>
        </>
      ) : canSign ? (
        <>
          <p className="hint">{t('signature.intro')}</p>
          <div className="form-grid">
            <div className="form-field">
              <label htmlFor={`${id}-signer`}>{t('signature.signer')}</label>
              <input
                id={`${id}-signer`}
                className="text-input"
                value={signer}
                onChange={(event) => setSigner(event.target.value)}
              />
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-role`}>{t('signature.role')}</label>
              <input
                id={`${id}-role`}
                className="text-input"
                value={role}
                onChange={(event) => setRole(event.target.value)}
              />
            </div>
          </div>
          <button
            type="button"
            className="primary"
            disabled={busy || signer.trim() === ''}
            onClick={() => void sign()}
          >
            {t('signature.sign')}
          </button>
        </>
      ) : (
        <p className="empty">{t('signature.notYet')}</p>
      )}
    </section>
  );
}
