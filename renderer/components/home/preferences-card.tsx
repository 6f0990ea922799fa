// Who the user is (recorded as author, reviewer or signer) and where their own templates live.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Preferences, TemplateSummary } from '../../../core/api.ts';
import { useApi } from '../../app/api-context.tsx';
import { ApiErrorMessage } from '../common/api-error.tsx';

export function PreferencesCard(props: {
  preferences: Preferences;
  onPreferences: (preferences: Preferences) => void;
  onTemplates: (templates: TemplateSummary[]) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [name, setName] = useState(props.preferences.authorName);
  const [role, setRole] = useState(props.preferences.authorRole);
  const [error, setError] = useState<ApiError | null>(null);

  const save = async (patch: Partial<Preferences>) => {
    const result = await api.setPreferences(patch);
    if (!result.ok) return setError(result.error);
    props.onPreferences(result.value);
  };

  const chooseFolder = async () => {
    const result = await api.chooseTemplatesFolder();
    if (!result.ok) return setError(result.error);
    if (!result.value) return;
    props.onPreferences(result.value);
    const templates = await api.listTemplates();
    if (templates.ok) props.onTemplates(templates.value);
    else setError(templates.error);
  };

  return (
    <section className="home-card preferences-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('preferences.title')}</h2>
      <p className="hint">{t('preferences.intro')}</p>
      <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
      <div className="preferences-grid">
        <div className="form-field">
          <label htmlFor={`${id}-name`}>{t('preferences.name')}</label>
          <input
            id={`${id}-name`}
            className="text-input"
            value={name}
            placeholder={t('preferences.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
            onBlur={() => name !== props.preferences.authorName && void save({ authorName: name.trim() })}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-role`}>{t('preferences.role')}</label>
          <input
            id={`${id}-role`}
            className="text-input"
            value={role}
            placeholder={t('preferences.rolePlaceholder')}
            onChange={(event) => setRole(event.target.value)}
            onBlur={() => role !== props.preferences.authorRole && void save({ authorRole: role.trim() })}
          />
        </div>
      </div>
      <div className="form-field">
        <span className="field-label" id={`${id}-folder`}>
          {t('preferences.templatesFolder')}
        </span>
        <div className="button-row">
          <code className="folder-path" aria-labelledby={`${id}-folder`}>
            {props.preferences.userTemplatesDir}
          </code>
          <button type="button" className="secondary small" onClick={() => void chooseFolder()}>
            {t('preferences.chooseFolder')}
          </button>
        </div>
      </div>
    </section>
  );
}
