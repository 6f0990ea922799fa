// Switches the interface (and the template texts) between French and English.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/model/localized.ts';
import { currentLanguage } from '../../i18n/i18n.ts';

const NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {(['fr', 'en'] as const).map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={language === l} onClick={() => onChange(l)}>
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
