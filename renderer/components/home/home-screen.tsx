// The home screen: start an assessment from a template (built-in or the user's own), open a file, reopen a recent
// one, recover a draft, or open the example.
import type { Reminder } from '../../../core/register/reminders.ts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ApiError,
  ApiResult,
  OpenedDocument,
  Preferences,
  Startup,
  TemplateSummary,
} from '../../../core/api.ts';
import type { Language, LocalizedText } from '../../../core/model/localized.ts';
import { useApi } from '../../app/api-context.tsx';
import { formatDate, formatTime } from '../../app/format.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { ApiErrorMessage } from '../common/api-error.tsx';
import { LanguageSwitch } from '../common/language-switch.tsx';
import { HomeReminders } from '../register/home-reminders.tsx';
import { RegisterScreen } from '../register/register-screen.tsx';
import { PreferencesCard } from './preferences-card.tsx';

export function HomeScreen(props: {
  startup: Startup;
  onOpened: (document: OpenedDocument, arrival?: Reminder) => void;
  /** A CNIL import opened, with what could not be mapped. */
  onImported: (document: OpenedDocument, report: LocalizedText[]) => void;
  onTemplateAdded: (template: TemplateSummary) => void;
  onLanguage: (language: Language) => void;
  onDraftDiscarded: (draftId: string) => void;
  onPreferences: (preferences: Preferences) => void;
  onTemplates: (templates: TemplateSummary[]) => void;
}) {
  const { t } = useTranslation();
  const { language, loc } = useLanguage();
  const api = useApi();
  const id = useId();
  const { templates, recentFiles, drafts } = props.startup;
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [showRegister, setShowRegister] = useState(false);

  const run = async (action: () => Promise<ApiResult<OpenedDocument | null>>) => {
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (result.value) props.onOpened(result.value);
  };

  if (showRegister) {
    return (
      <RegisterScreen
        preferences={props.startup.preferences}
        onPreferences={props.onPreferences}
        onOpened={props.onOpened}
        onBack={() => setShowRegister(false)}
        onLanguage={props.onLanguage}
      />
    );
  }

  return (
    <div className="home">
      <header className="top-bar home-bar">
        <h1 className="app-name">{t('app.name')}</h1>
        <span className="toolbar-spacer" />
        <LanguageSwitch onChange={props.onLanguage} />
      </header>
      <main className="home-main" aria-busy={busy}>
        <p className="home-intro">{t('home.intro')}</p>
        <section className="home-steps" aria-labelledby={`${id}-steps`}>
          <h2 id={`${id}-steps`}>{t('home.steps.title')}</h2>
          <ol>
            {(['create', 'describe', 'conclude'] as const).map((step) => (
              <li key={step}>
                <strong>{t(`home.steps.${step}.title`)}</strong>
                <span>{t(`home.steps.${step}.text`)}</span>
              </li>
            ))}
          </ol>
          <p className="hint">{t('home.steps.example')}</p>
        </section>
        <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
        <HomeReminders
          preferences={props.startup.preferences}
          onOpened={props.onOpened}
          onShowRegister={() => setShowRegister(true)}
        />
        <div className="home-columns">
          <section className="home-card" aria-labelledby={`${id}-new`}>
            <h2 id={`${id}-new`}>{t('home.newTitle')}</h2>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void run(() => api.newDocument({ templateId, title: title.trim() || undefined, language }));
              }}
            >
              <fieldset className="template-list">
                <legend>{t('home.template')}</legend>
                {templates.length === 0 && <p className="empty">{t('home.noTemplates')}</p>}
                {templates.map((template) => (
                  <label key={`${template.origin}:${template.id}`} className="template-choice">
                    <input
                      type="radio"
                      name="template"
                      value={template.id}
                      checked={templateId === template.id}
                      onChange={() => setTemplateId(template.id)}
                    />
                    <span>
                      <span className="template-title">{loc(template.title)}</span>{' '}
                      <span className="badge">{t(`home.origin.${template.origin}`)}</span>
                      <span className="template-description">{loc(template.description)}</span>
                      <span className="hint">{t('home.version', { version: template.version })}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
              <div className="form-field">
                <label htmlFor={`${id}-title`}>{t('home.documentTitle')}</label>
                <input
                  id={`${id}-title`}
                  className="text-input"
                  value={title}
                  placeholder={t('home.documentTitlePlaceholder')}
                  onChange={(event) => setTitle(event.target.value)}
                />
              </div>
              <div className="button-row">
                <button type="submit" className="primary" disabled={busy || templateId === ''}>
                  {t('home.create')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() =>
                    void api.importTemplate().then((result) => {
                      if (!result.ok) return setError(result.error);
                      if (result.value) {
                        props.onTemplateAdded(result.value);
                        setTemplateId(result.value.id);
                      }
                    })
                  }
                >
                  {t('home.importTemplate')}
                </button>
              </div>
            </form>
          </section>
          <section className="home-card" aria-labelledby={`${id}-open`}>
            <h2 id={`${id}-open`}>{t('home.openTitle')}</h2>
            <div className="button-row">
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() => void run(() => api.openDocument())}
              >
                {t('home.openFile')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() => void run(() => api.openExample())}
              >
                {t('home.openExample')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() =>
                  void api.importCnil().then((result) => {
                    if (!result.ok) return setError(result.error);
                    if (result.value) props.onImported(result.value.document, result.value.report);
                  })
                }
              >
                {t('home.importCnil')}
              </button>
            </div>
            <h3>{t('home.recentTitle')}</h3>
            {recentFiles.length === 0 ? (
              <p className="empty">{t('home.noRecent')}</p>
            ) : (
              <ul className="recent-list">
                {recentFiles.map((file) => (
                  <li key={file.recentId}>
                    <button
                      type="button"
                      className="recent-file"
                      disabled={busy}
                      onClick={() => void run(() => api.openRecent({ recentId: file.recentId }))}
                    >
                      <span className="recent-title">{file.title}</span>
                      <span className="recent-path">{file.filePath}</span>
                      <span className="hint">
                        {t('home.openedOn', { date: formatDate(file.openedAt.slice(0, 10), language) })}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {drafts.length > 0 && (
              <>
                <h3>{t('home.draftsTitle')}</h3>
                <p className="hint">{t('home.draftsIntro')}</p>
                <ul className="recent-list">
                  {drafts.map((draft) => (
                    <li key={draft.draftId} className="draft">
                      <span className="recent-title">{draft.title}</span>
                      <span className="hint">
                        {t('home.draftSaved', {
                          date: formatDate(draft.savedAt.slice(0, 10), language),
                          time: formatTime(draft.savedAt, t),
                        })}
                      </span>
                      <span className="button-row">
                        <button
                          type="button"
                          className="secondary small"
                          disabled={busy}
                          onClick={() => void run(() => api.recoverDraft({ draftId: draft.draftId }))}
                        >
                          {t('home.recover')}
                        </button>
                        <button
                          type="button"
                          className="link-button danger"
                          disabled={busy}
                          onClick={() =>
                            void api
                              .discardDraft({ draftId: draft.draftId })
                              .then((r) => (r.ok ? props.onDraftDiscarded(draft.draftId) : setError(r.error)))
                          }
                        >
                          {t('home.discard')}
                        </button>
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </div>
        <PreferencesCard
          preferences={props.startup.preferences}
          onPreferences={props.onPreferences}
          onTemplates={props.onTemplates}
        />
        <p className="hint app-version">{t('home.appVersion', { version: props.startup.appVersion })}</p>
      </main>
    </div>
  );
}
