// On the home screen: what is due or overdue across the register as of today, and the way to the register.
import type { Reminder } from '../../../core/register/reminders.ts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, OpenedDocument, Preferences } from '../../../core/api.ts';
import { useApi } from '../../app/api-context.tsx';
import { ApiErrorMessage } from '../common/api-error.tsx';
import { RemindersList } from './reminders-list.tsx';
import { useRegister } from './use-register.ts';

const SHOWN_ON_HOME = 5;

export function HomeReminders(props: {
  preferences: Preferences;
  onOpened: (document: OpenedDocument, arrival?: Reminder) => void;
  onShowRegister: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const register = useRegister(props.preferences);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const hasFolders = (props.preferences.registerFolders ?? []).length > 0;
  const open = async (entryId: string, reminder?: Reminder) => {
    setBusy(true);
    const result = await api.openRegisterEntry({ entryId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    props.onOpened(result.value, reminder);
  };
  return (
    <section className="home-card home-reminders" aria-labelledby={`${id}-due`} aria-busy={!register.done}>
      <div className="home-reminders-head">
        <h2 id={`${id}-due`}>{t('register.remindersTitle')}</h2>
        <button type="button" className="secondary" onClick={props.onShowRegister}>
          {t('register.openRegister')}
        </button>
      </div>
      <ApiErrorMessage error={error ?? register.error} onDismiss={() => setError(null)} />
      {!hasFolders ? (
        <p className="hint">{t('register.homeNoFolders')}</p>
      ) : register.asOf === null ? (
        <p className="hint" role="status">
          {t('register.searching')}
        </p>
      ) : (
        <>
          <RemindersList
            entries={register.entries}
            asOf={register.asOf}
            staleAfterDays={props.preferences.staleAfterDays}
            busy={busy}
            limit={SHOWN_ON_HOME}
            onOpen={(entryId, reminder) => void open(entryId, reminder)}
          />
          {!register.done && (
            <p className="hint" role="status">
              {register.total === null
                ? t('register.searching')
                : t('register.progress', { read: register.read, total: register.total })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
