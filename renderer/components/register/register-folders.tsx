// The folders the register reads: added through the system dialog only (the page never sends a path), removed by
// their place, read again on demand.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Preferences } from '../../../core/api.ts';
import { DEFAULT_STALE_AFTER_DAYS } from '../../../core/register/reminders.ts';
import { useApi } from '../../app/api-context.tsx';

export function RegisterFolders(props: {
  preferences: Preferences;
  onPreferences: (preferences: Preferences) => void;
  onError: (error: ApiError) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const folders = props.preferences.registerFolders ?? [];
  return (
    <section className="home-card register-folders" aria-labelledby={`${id}-folders`}>
      <h2 id={`${id}-folders`}>{t('register.foldersTitle')}</h2>
      {folders.length === 0 ? (
        <p className="empty">{t('register.noFolders')}</p>
      ) : (
        <ul className="folder-list">
          {folders.map((folder, index) => (
            <li key={folder}>
              <span className="register-file">{folder}</span>
              <button
                type="button"
                className="link-button danger"
                aria-label={t('register.removeFolderNamed', { folder })}
                onClick={() =>
                  void api.removeRegisterFolder({ index }).then((result) => {
                    if (!result.ok) return props.onError(result.error);
                    props.onPreferences(result.value);
                  })
                }
              >
                {t('register.removeFolder')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="form-field stale-days">
        <label htmlFor={`${id}-stale`}>{t('register.staleAfter')}</label>
        <input
          id={`${id}-stale`}
          type="number"
          className="text-input"
          min={1}
          max={3650}
          defaultValue={props.preferences.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS}
          onBlur={(event) => {
            const days = Number(event.target.value);
            if (!Number.isInteger(days) || days < 1 || days > 3650) return;
            void api.setPreferences({ staleAfterDays: days }).then((result) => {
              if (!result.ok) return props.onError(result.error);
              props.onPreferences(result.value);
            });
          }}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          className={folders.length === 0 ? 'primary' : 'secondary'}
          onClick={() =>
            void api.addRegisterFolder().then((result) => {
              if (!result.ok) return props.onError(result.error);
              if (result.value) props.onPreferences(result.value);
            })
          }
        >
          {t('register.addFolder')}
        </button>
        {folders.length > 0 && (
          <button type="button" className="secondary" onClick={props.onReload}>
            {t('register.reload')}
          </button>
        )}
      </div>
    </section>
  );
}
