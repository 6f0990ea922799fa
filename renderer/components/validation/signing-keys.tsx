// The user's signing key (made here, its private half encrypted with a passphrase by the main process) and the
// trust list: the public keys whose signatures this computer recognises.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, SigningKeyInfo, TrustedKeySummary } from '../../../core/api.ts';
import { useApi } from '../../app/api-context.tsx';
import { formatDate } from '../../app/format.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { ApiErrorMessage } from '../common/api-error.tsx';

const MIN_PASSPHRASE = 8;

export function SigningKeys(props: {
  /** Told when the key or the trust list changed, so the verdict shown can be checked again. */
  onChanged: (key: SigningKeyInfo | null) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const api = useApi();
  const id = useId();
  const { onChanged } = props;
  const [key, setKey] = useState<SigningKeyInfo | null>(null);
  const [trusted, setTrusted] = useState<TrustedKeySummary[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [name, setName] = useState('');
  const [until, setUntil] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const [mine, list] = await Promise.all([api.getSigningKey(), api.listTrustedKeys()]);
      if (mine.ok) setKey(mine.value);
      if (list.ok) setTrusted(list.value);
      if (mine.ok) onChanged(mine.value);
    })();
  }, [api, onChanged]);

  const run = async <T,>(
    request: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>,
  ): Promise<T | null> => {
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await request();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    return result.value;
  };

  const create = async () => {
    const made = await run(() => api.createSigningKey({ passphrase }));
    if (!made) return;
    setKey(made);
    setPassphrase('');
    setRepeat('');
    onChanged(made);
  };

  const trust = async (own: boolean) => {
    const list = await run(() =>
      api.addTrustedKey({
        name: own ? name.trim() || t('keys.myKeyName') : name.trim(),
        ...(until ? { until } : {}),
        ...(own ? { own: true } : {}),
      }),
    );
    if (!list) return;
    setTrusted(list);
    setName('');
    setUntil('');
    onChanged(key);
  };

  const remove = async (fingerprint: string) => {
    const list = await run(() => api.removeTrustedKey({ fingerprint }));
    if (!list) return;
    setTrusted(list);
    onChanged(key);
  };

  const exportKey = async () => {
    const saved = await run(() => api.exportPublicKey());
    if (saved) setNotice(t('keys.exported', { path: saved.filePath }));
  };

  const mismatch = repeat !== '' && repeat !== passphrase;
  const ownTrusted = key !== null && trusted.some((k) => k.fingerprint === key.fingerprint);

  return (
    <section className="signing-keys" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('keys.title')}</h3>
      <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
      {notice && (
        <p role="status" className="hint">
          {notice}
        </p>
      )}
      <h4>{t('keys.mine')}</h4>
      {key ? (
        <>
          <p>
            {t('keys.fingerprint')} <code data-testid="own-fingerprint">{key.fingerprint}</code>
          </p>
          <div className="button-row">
            <button type="button" className="secondary" disabled={busy} onClick={() => void exportKey()}>
              {t('keys.exportPublic')}
            </button>
            {!ownTrusted && (
              <button type="button" className="secondary" disabled={busy} onClick={() => void trust(true)}>
                {t('keys.trustMine')}
              </button>
            )}
          </div>
        </>
      ) : (
        <>
          <p className="hint">{t('keys.none')}</p>
          <div className="form-grid">
            <div className="form-field">
              <label htmlFor={`${id}-passphrase`}>{t('keys.passphrase')}</label>
              <input
                id={`${id}-passphrase`}
                className="text-input"
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
              />
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-repeat`}>{t('keys.repeat')}</label>
              <input
                id={`${id}-repeat`}
                className="text-input"
                type="password"
                autoComplete="new-password"
                aria-invalid={mismatch}
                value={repeat}
                onChange={(event) => setRepeat(event.target.value)}
              />
              {mismatch && <p className="field-error">{t('keys.mismatch')}</p>}
            </div>
          </div>
          <button
            type="button"
            className="primary"
            disabled={busy || passphrase.length < MIN_PASSPHRASE || passphrase !== repeat}
            onClick={() => void create()}
          >
            {t('keys.create')}
          </button>
        </>
      )}

      <h4>{t('keys.trusted')}</h4>
      {trusted.length === 0 ? (
        <p className="empty">{t('keys.noTrusted')}</p>
      ) : (
        <ul className="trusted-keys">
          {trusted.map((k) => (
            <li key={k.fingerprint}>
              <strong>{k.name}</strong>
              <span className="hint">
                {k.until ? t('keys.untilValue', { date: formatDate(k.until, language) }) : t('keys.noLimit')}
              </span>
              <code>{k.fingerprint}</code>
              <button
                type="button"
                className="secondary"
                disabled={busy}
                aria-label={t('keys.removeNamed', { name: k.name })}
                onClick={() => void remove(k.fingerprint)}
              >
                {t('keys.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={`${id}-name`}>{t('keys.name')}</label>
          <input
            id={`${id}-name`}
            className="text-input"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-until`}>{t('keys.until')}</label>
          <input
            id={`${id}-until`}
            className="text-input"
            type="date"
            value={until}
            onChange={(event) => setUntil(event.target.value)}
          />
        </div>
      </div>
      <button
        type="button"
        className="secondary"
        disabled={busy || name.trim() === ''}
        onClick={() => void trust(false)}
      >
        {t('keys.addColleague')}
      </button>
    </section>
  );
}
