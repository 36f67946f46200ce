import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import nlCommon from '@/i18n/nl/common.json';
import nlSession from '@/i18n/nl/session.json';
import { registryFacts, registryIds } from '@/lib/registries';

export type Language = 'nl' | 'en';
export const languages: readonly Language[] = ['nl', 'en'];

/**
 * `common:registries.<id>.{name,holder,registry}`: each registry's names are written, in both
 * languages, in its facts file (src/lib/registry-facts/<id>.ts), so a new registry does not
 * edit common.json; they are added to `common` here. They are few and short, and the log, the
 * correction flow and the requests read all of them at once, so they travel with the facts
 * rather than in each registry's lazy namespace.
 */
function withRegistryNames<T extends object>(common: T, language: Language) {
  return {
    ...common,
    registries: Object.fromEntries(registryIds.map((id) => [id, registryFacts[id].names[language]])),
  };
}

/**
 * Dutch is the source language; English mirrors its keys (a test checks they match).
 * Only the Dutch shell texts (common, session) are in the initial bundle; English and every
 * other namespace are lazy chunks, loaded with the page or language that needs them
 * (react-i18next suspends until they are there).
 */
const bundled = { nl: { common: withRegistryNames(nlCommon, 'nl'), session: nlSession } };

const lazyNamespaces = import.meta.glob<{ default: Record<string, unknown> }>([
  '../i18n/*/*.json',
  '!../i18n/nl/common.json',
  '!../i18n/nl/session.json',
]);

export const namespaces = [
  'common',
  'session',
  ...Object.keys(lazyNamespaces).map((path) => path.replace(/^.*\/([^/]+)\.json$/, '$1')),
].filter((ns, index, all) => all.indexOf(ns) === index);

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = lazyNamespaces[`../i18n/${language}/${namespace}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) =>
        callback(
          null,
          namespace === 'common' ? withRegistryNames(module.default, language as Language) : module.default,
        ),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

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
  void instance
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      resources: bundled,
      partialBundledLanguages: true,
      lng,
      fallbackLng: 'nl',
      defaultNS: 'common',
      ns: ['common', 'session'],
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      initAsync: false,
    });
  // `{{holder, midsentence}}`: a holder's name as a label starts with a capital ("Uw gemeente",
  // "Your municipality"); inside a sentence it is "bij uw gemeente", "from your municipality".
  instance.services.formatter?.add('midsentence', (value: unknown) =>
    String(value).replace(/^(Uw|Your) /, (word) => word.toLowerCase()),
  );
  const syncHtml = (language: string) => {
    // No document in Node (pure-logic tests, exports built outside a page).
    if (typeof document !== 'undefined') document.documentElement.lang = language;
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

/** For tests and mappers that translate outside React: every namespace, both languages. */
export async function setupI18nWithAllNamespaces(lng: Language = 'nl') {
  const instance = setupI18n(lng);
  await instance.loadLanguages([...languages]);
  await instance.loadNamespaces(namespaces);
  return instance;
}
