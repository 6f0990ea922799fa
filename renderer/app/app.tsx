// The application: loads the startup state, then shows the home screen or the editor, switches the language, and
// routes the menu commands that do not need an open document.
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import type { ApiError, DpiaApi, MenuCommand, OpenedDocument, Startup } from '../../core/api.ts';
import type { Language, LocalizedText } from '../../core/model/localized.ts';
import { ApiErrorMessage } from '../components/common/api-error.tsx';
import { Dialog } from '../components/common/dialog.tsx';
import { EditorScreen } from '../components/editor/editor-screen.tsx';
import type { EditorHandle } from '../components/editor/editor-screen.tsx';
import { HomeScreen } from '../components/home/home-screen.tsx';
import { ApiProvider, useApi } from './api-context.tsx';
import { PreferencesContext } from './preferences-context.tsx';
import type { PreferencesContextValue } from './preferences-context.tsx';
import type { CameraGridLayout } from '../../core/preferences/camera-grid-layout.ts';
import type { Reminder } from '../../core/register/reminders.ts';

export function App({ api, i18n }: { api: DpiaApi; i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApiProvider api={api}>
        <Shell />
      </ApiProvider>
    </I18nextProvider>
  );
}

function Shell() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [startup, setStartup] = useState<Startup | null>(null);
  const [opened, setOpened] = useState<OpenedDocument | null>(null);
  // Where to land when the document was opened from a reminder (the measure late, the inventory, the decision).
  const [arrival, setArrival] = useState<Reminder | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [importReport, setImportReport] = useState<LocalizedText[] | null>(null);
  const editor = useRef<EditorHandle>(null);

  const openDocument = useCallback((document: OpenedDocument, reminder?: Reminder) => {
    performance.mark('dpia:document-received');
    setArrival(reminder ?? null);
    setOpened(document);
  }, []);

  useEffect(() => {
    void api.getStartup().then(async (result) => {
      if (!result.ok) return setError(result.error);
      if (result.value.preferences.language !== i18n.language)
        await i18n.changeLanguage(result.value.preferences.language);
      setStartup(result.value);
      if (result.value.pendingError) setError(result.value.pendingError);
      if (result.value.pendingDocument) openDocument(result.value.pendingDocument);
    });
  }, [api, i18n, openDocument]);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  });

  const refresh = async () => {
    const result = await api.getStartup();
    if (result.ok) setStartup(result.value);
  };

  const changeLanguage = async (language: Language) => {
    await i18n.changeLanguage(language);
    const result = await api.setPreferences({ language });
    if (!result.ok) setError(result.error);
  };

  const cameraGrid = startup?.preferences.cameraGrid;
  const preferencesValue = useMemo<PreferencesContextValue | null>(
    () =>
      cameraGrid
        ? {
            cameraGrid,
            saveCameraGrid: (layout: CameraGridLayout) =>
              void api.setPreferences({ cameraGrid: layout }).then((result) => {
                if (result.ok) setStartup((s) => (s ? { ...s, preferences: result.value } : s));
              }),
          }
        : null,
    [api, cameraGrid],
  );

  const onMenu = useEffectEvent(async (command: MenuCommand) => {
    if (command !== 'new' && command !== 'open' && command !== 'open-example') return;
    if (opened && !(await editor.current?.requestClose())) return;
    if (command === 'new') return;
    const result = command === 'open' ? await api.openDocument() : await api.openExample();
    if (!result.ok) return setError(result.error);
    if (result.value) openDocument(result.value);
  });
  useEffect(() => api.onMenuCommand((command) => void onMenu(command)), [api]);

  if (!startup) {
    return (
      <main className="loading" aria-busy={!error}>
        {error ? <ApiErrorMessage error={error} /> : <p>{t('app.loading')}</p>}
      </main>
    );
  }

  return (
    <>
      {error && (
        <div className="global-error">
          <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
        </div>
      )}
      {opened ? (
        <PreferencesContext value={preferencesValue}>
          <EditorScreen
            key={opened.sessionId}
            ref={editor}
            opened={opened}
            arrival={arrival}
            authorName={startup.preferences.authorName}
            authorRole={startup.preferences.authorRole}
            onLanguage={(language) => void changeLanguage(language)}
            onClosed={() => {
              setOpened(null);
              void refresh();
            }}
            onOpenOther={openDocument}
          />
        </PreferencesContext>
      ) : (
        <HomeScreen
          startup={startup}
          onOpened={openDocument}
          onImported={(document, report) => {
            openDocument(document);
            if (report.length > 0) setImportReport(report);
          }}
          onTemplateAdded={(template) =>
            setStartup((s) =>
              s ? { ...s, templates: [...s.templates.filter((t) => t.id !== template.id), template] } : s,
            )
          }
          onLanguage={(language) => void changeLanguage(language)}
          onDraftDiscarded={(draftId) =>
            setStartup((s) => (s ? { ...s, drafts: s.drafts.filter((d) => d.draftId !== draftId) } : s))
          }
          onPreferences={(preferences) => setStartup((s) => (s ? { ...s, preferences } : s))}
          onTemplates={(templates) => setStartup((s) => (s ? { ...s, templates } : s))}
        />
      )}
      {importReport && (
        <Dialog title={t('importReport.title')} onClose={() => setImportReport(null)}>
          <p>{t('importReport.intro')}</p>
          <ul>
            {importReport.map((line, i) => (
              <li key={i}>{line[i18n.language === 'en' ? 'en' : 'fr']}</li>
            ))}
          </ul>
        </Dialog>
      )}
    </>
  );
}
