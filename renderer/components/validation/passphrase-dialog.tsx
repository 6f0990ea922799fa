// Asks for the passphrase of the signing key, just before signing: typed here, sent once, never kept.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/api.ts';
import { ApiErrorMessage } from '../common/api-error.tsx';
import { Dialog } from '../common/dialog.tsx';

export function PassphraseDialog(props: {
  signer: string;
  role: string;
  busy: boolean;
  error: ApiError | null;
  onSign: (passphrase: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase !== '') props.onSign(passphrase);
  };
  return (
    <Dialog
      title={t('signature.passphraseTitle')}
      onClose={props.onClose}
      busy={props.busy}
      footer={
        <>
          <button type="button" className="secondary" onClick={props.onClose} disabled={props.busy}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form={`${id}-form`}
            className="primary"
            disabled={props.busy || passphrase === ''}
          >
            {t('signature.confirmSign')}
          </button>
        </>
      }
    >
      <form id={`${id}-form`} onSubmit={submit}>
        <p>{t('signature.passphraseIntro', { signer: props.signer, role: props.role })}</p>
        <ApiErrorMessage error={props.error} />
        <div className="form-field">
          <label htmlFor={`${id}-passphrase`}>{t('signature.passphrase')}</label>
          <input
            id={`${id}-passphrase`}
            className="text-input"
            type="password"
            autoComplete="off"
            data-autofocus
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </div>
      </form>
    </Dialog>
  );
}
