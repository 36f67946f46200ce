import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nlCommon from '@/i18n/nl/common.json';
import enCommon from '@/i18n/en/common.json';
import nlSession from '@/i18n/nl/session.json';
import enSession from '@/i18n/en/session.json';
import nlBrp from '@/i18n/nl/brp.json';
import enBrp from '@/i18n/en/brp.json';

/** Dutch is the source language; English mirrors its keys (a test checks they match). */
export const resources = {
  nl: { common: nlCommon, session: nlSession, brp: nlBrp },
  en: { common: enCommon, session: enSession, brp: enBrp },
} as const;

export type Language = keyof typeof resources;
export const languages: readonly Language[] = ['nl', 'en'];

/** The one thing we keep in localStorage: the language choice, which is not personal data. */
export const LANGUAGE_STORAGE_KEY = 'mg.lang';

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // storage can be unavailable (privacy mode); Dutch is the default
  }
  return 'nl';
}

export function setupI18n(lng: Language = initialLanguage()) {
  const instance = i18n.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'nl',
    defaultNS: 'common',
    ns: ['common', 'session', 'brp'],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  const syncHtml = (language: string) => {
    document.documentElement.lang = language;
  };
  syncHtml(instance.language);
  instance.on('languageChanged', (language) => {
    syncHtml(language);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // ignore: the choice just won't survive a reload
    }
  });
  return instance;
}
