// i18next for the interface texts: resources are bundled (the app is offline), French first, English second.
import i18next from 'i18next';
import type { i18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../../core/model/localized.ts';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import { withVocabulary } from './vocabulary.ts';

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    resources: {
      fr: { translation: withVocabulary(fr, 'fr') },
      en: { translation: withVocabulary(en, 'en') },
    },
    // React escapes text; escaping here too would show &lt; to the user.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    // No support banner in the console (it is printed in test output otherwise).
    showSupportNotice: false,
  });
  return instance;
}

export function currentLanguage(instance: i18n): Language {
  return instance.language === 'en' ? 'en' : 'fr';
}

/** The interface language, and a function picking a template text in it. */
export function useLanguage(): { language: Language; loc: (text: LocalizedText | undefined) => string } {
  const { i18n: instance } = useTranslation();
  const language = currentLanguage(instance);
  return { language, loc: (text) => (text ? text[language] : '') };
}
