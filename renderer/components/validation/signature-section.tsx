// Signing the validated assessment (hash + Ed25519 signature, done by the main process with the app's key, unlocked
// by the passphrase asked here), the verdict on the signature, and starting a new revision of a signed one.
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, SigningKeyInfo } from '../../../core/api.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import { isIntact, UNSIGNED, type SignatureVerdict } from '../../../core/signature/trust.ts';
import { useApi } from '../../app/api-context.tsx';
import { ApiErrorMessage } from '../common/api-error.tsx';
import { PassphraseDialog } from './passphrase-dialog.tsx';
import { SignatureDetails } from './signature-verdict.tsx';
import { SigningKeys } from './signing-keys.tsx';

export function SignatureSection(props: {
  sessionId: string;
  assessment: Assessment;
  signature: SignatureVerdict;
  authorName: string;
  authorRole: string;
  /** Called with the main process's version of the document after it signed or reopened it. */
  onReplaced: (
    assessment: Assessment,
    signature: SignatureVerdict,
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
  const [asking, setAsking] = useState(false);
  const [signError, setSignError] = useState<ApiError | null>(null);
  const [hasKey, setHasKey] = useState(false);
  const [verdict, setVerdict] = useState<SignatureVerdict>(props.signature);
  const signed = isIntact(props.signature.verdict);
  const status = props.assessment.meta.status;
  const canSign = status === 'validated' || status === 'refused';
  const { sessionId } = props;

  // The trust list changed: the same signature may now be recognised, or no longer.
  const keysChanged = useCallback(
    (key: SigningKeyInfo | null) => {
      setHasKey(key !== null);
      if (!signed) return;
      void api.verifySignature({ sessionId }).then((result) => {
        if (result.ok) setVerdict(result.value);
      });
    },
    [api, sessionId, signed],
  );

  const sign = async (passphrase: string) => {
    setBusy(true);
    setSignError(null);
    const assessment = await props.current();
    const result = await api.signDocument({
      sessionId: props.sessionId,
      assessment,
      signer: signer.trim(),
      role: role.trim(),
      passphrase,
    });
    setBusy(false);
    if (!result.ok) return setSignError(result.error);
    setAsking(false);
    if (!result.value) return;
    setVerdict(result.value.signature);
    props.onReplaced(result.value.assessment, result.value.signature, {
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
    setVerdict(UNSIGNED);
    props.onReplaced(result.value, UNSIGNED, null);
  };

  const shown = signed ? verdict : props.signature;

  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('signature.title')}</h3>
      <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
      <SignatureDetails signature={shown} />
      {signed ? (
        <>
          <p>{t('signature.signed')}</p>
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
          {!hasKey && <p className="hint">{t('keys.needKey')}</p>}
          <button
            type="button"
            className="primary"
            disabled={busy || !hasKey || signer.trim() === '' || role.trim() === ''}
            onClick={() => {
              setSignError(null);
              setAsking(true);
            }}
          >
            {t('signature.sign')}
          </button>
        </>
      ) : (
        <p className="empty">{t('signature.notYet')}</p>
      )}
      {asking && (
        <PassphraseDialog
          signer={signer.trim()}
          role={role.trim()}
          busy={busy}
          error={signError}
          onSign={(passphrase) => void sign(passphrase)}
          onClose={() => setAsking(false)}
        />
      )}
      <SigningKeys onChanged={keysChanged} />
    </section>
  );
}
