// « Registre des AIPD »: every assessment found in the folders the user chose, with its status, signature, dates
// and errors as of today; what is due; search, filters, sort, export; a row opens its assessment.
import type { Reminder } from '../../../core/register/reminders.ts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, OpenedDocument, Preferences } from '../../../core/api.ts';
import { ASSESSMENT_STATUSES, STATUS_LABELS } from '../../../core/model/vocabulary.ts';
import { TRUST_VERDICT_LABELS, type TrustVerdict } from '../../../core/model/signature-verdict.ts';
import {
  filterRegister,
  NO_FILTER,
  registerTable,
  sortRegister,
  type RegisterFilter,
  type RegisterSort,
} from '../../../core/register/table.ts';
import { useApi } from '../../app/api-context.tsx';
import { useLanguage } from '../../i18n/i18n.ts';
import { ApiErrorMessage } from '../common/api-error.tsx';
import { LanguageSwitch } from '../common/language-switch.tsx';
import type { Language } from '../../../core/model/localized.ts';
import { RegisterFolders } from './register-folders.tsx';
import { RegisterTable } from './register-table.tsx';
import { RemindersList } from './reminders-list.tsx';
import { useRegister } from './use-register.ts';

const VERDICTS: readonly TrustVerdict[] = ['trusted', 'not-recognised', 'broken', 'unsigned'];

export function RegisterScreen(props: {
  preferences: Preferences;
  onPreferences: (preferences: Preferences) => void;
  onOpened: (document: OpenedDocument, arrival?: Reminder) => void;
  onBack: () => void;
  onLanguage: (language: Language) => void;
}) {
  const { t } = useTranslation();
  const { language, loc } = useLanguage();
  const api = useApi();
  const id = useId();
  const register = useRegister(props.preferences);
  const [filter, setFilter] = useState<RegisterFilter>(NO_FILTER);
  const [sort, setSort] = useState<RegisterSort>({ column: 'title', descending: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [allReminders, setAllReminders] = useState(false);

  const rows = sortRegister(filterRegister(register.entries, filter), sort, language);
  const unreadable = register.entries.filter((e) => !e.facts).length;

  const open = async (entryId: string, reminder?: Reminder) => {
    setBusy(true);
    setError(null);
    const result = await api.openRegisterEntry({ entryId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    props.onOpened(result.value, reminder);
  };
  const show = async (filePath: string) => {
    const result = await api.showInFolder({ filePath });
    if (!result.ok) setError(result.error);
  };
  const exportRows = async (format: 'csv' | 'xlsx') => {
    setError(null);
    const result = await api.exportTable({
      kind: 'register',
      defaultName: t('register.fileName'),
      format,
      rows: registerTable(rows, language),
    });
    if (!result.ok) return setError(result.error);
    if (result.value) setExported(result.value.filePath);
  };
  const patch = (change: Partial<RegisterFilter>) => setFilter((f) => ({ ...f, ...change }));

  return (
    <div className="home register-screen">
      <header className="top-bar home-bar">
        <button type="button" className="secondary small" onClick={props.onBack}>
          {t('register.back')}
        </button>
        <h1 className="app-name">{t('register.title')}</h1>
        <span className="toolbar-spacer" />
        <LanguageSwitch onChange={props.onLanguage} />
      </header>
      <main className="register-main" aria-busy={!register.done}>
        <p className="home-intro">{t('register.intro')}</p>
        <ApiErrorMessage error={error ?? register.error} onDismiss={() => setError(null)} />
        <RegisterFolders
          preferences={props.preferences}
          onPreferences={props.onPreferences}
          onError={setError}
          onReload={register.reload}
        />
        {(props.preferences.registerFolders ?? []).length > 0 && (
          <>
            <div className="register-progress" role="status">
              {register.done ? (
                t('register.found', { count: register.entries.length - unreadable }) +
                (unreadable > 0 ? ` ${t('register.unreadable', { count: unreadable })}` : '')
              ) : (
                <>
                  <progress
                    max={register.total ?? undefined}
                    value={register.total === null ? undefined : register.read}
                    aria-label={t('register.reading')}
                  />{' '}
                  {register.total === null
                    ? t('register.searching')
                    : t('register.progress', { read: register.read, total: register.total })}
                </>
              )}
            </div>
            <section className="home-card register-reminders" aria-labelledby={`${id}-due`}>
              <h2 id={`${id}-due`}>{t('register.remindersTitle')}</h2>
              {register.asOf && (
                <RemindersList
                  entries={register.entries}
                  asOf={register.asOf}
                  staleAfterDays={props.preferences.staleAfterDays}
                  busy={busy}
                  onOpen={(entryId, reminder) => void open(entryId, reminder)}
                  {...(allReminders ? {} : { limit: 4, onShowAll: () => setAllReminders(true) })}
                />
              )}
            </section>
            <section className="register-rows" aria-labelledby={`${id}-rows`}>
              <h2 id={`${id}-rows`}>{t('register.rowsTitle')}</h2>
              <div className="register-filters">
                <div className="form-field">
                  <label htmlFor={`${id}-search`}>{t('register.search')}</label>
                  <input
                    id={`${id}-search`}
                    type="search"
                    className="text-input"
                    value={filter.search}
                    onChange={(event) => patch({ search: event.target.value })}
                  />
                </div>
                <div className="form-field">
                  <label htmlFor={`${id}-status`}>{t('register.status')}</label>
                  <select
                    id={`${id}-status`}
                    value={filter.status}
                    onChange={(event) => patch({ status: event.target.value as RegisterFilter['status'] })}
                  >
                    <option value="all">{t('register.all')}</option>
                    {ASSESSMENT_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {loc(STATUS_LABELS[s])}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="form-field">
                  <label htmlFor={`${id}-signature`}>{t('register.signature')}</label>
                  <select
                    id={`${id}-signature`}
                    value={filter.signature}
                    onChange={(event) =>
                      patch({ signature: event.target.value as RegisterFilter['signature'] })
                    }
                  >
                    <option value="all">{t('register.all')}</option>
                    {VERDICTS.map((v) => (
                      <option key={v} value={v}>
                        {loc(TRUST_VERDICT_LABELS[v].label)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="form-field">
                  <label htmlFor={`${id}-readable`}>{t('register.readable')}</label>
                  <select
                    id={`${id}-readable`}
                    value={filter.readable}
                    onChange={(event) =>
                      patch({ readable: event.target.value as RegisterFilter['readable'] })
                    }
                  >
                    <option value="all">{t('register.all')}</option>
                    <option value="readable">{t('register.readableOnly')}</option>
                    <option value="unreadable">{t('register.unreadableOnly')}</option>
                  </select>
                </div>
                <span className="toolbar-spacer" />
                <span className="button-row">
                  <button
                    type="button"
                    className="secondary"
                    disabled={rows.length === 0}
                    onClick={() => void exportRows('xlsx')}
                  >
                    {t('register.exportXlsx')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={rows.length === 0}
                    onClick={() => void exportRows('csv')}
                  >
                    {t('register.exportCsv')}
                  </button>
                </span>
              </div>
              {exported && (
                <p className="hint" role="status">
                  {t('register.exported', { file: exported })}
                </p>
              )}
              <p className="hint">{t('register.shown', { count: rows.length })}</p>
              <RegisterTable
                entries={rows}
                sort={sort}
                onSort={setSort}
                busy={busy}
                asOf={register.asOf ?? ''}
                onOpen={(entryId) => void open(entryId)}
                onShow={(filePath) => void show(filePath)}
                caption={t('register.rowsTitle')}
              />
            </section>
          </>
        )}
      </main>
    </div>
  );
}
