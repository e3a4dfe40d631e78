import i18next from 'i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../shared/i18n/locale';
import { RESOURCES } from './catalogues';

const STORAGE_KEY = 'oversight.language';

/** The user's stored choice, else the first of vi/en the browser prefers, else English. */
export function detectLanguage(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // Storage may be blocked; fall back to the browser's languages.
  }
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const primary = tag?.toLowerCase().split('-')[0];
    if (primary === 'vi' || primary === 'en') return primary;
  }
  return 'en';
}

function applyLanguage(language: string): void {
  const locale = language === 'vi' ? 'vi' : 'en';
  document.documentElement.lang = locale;
  dayjs.locale(locale);
}

/** The prefix of the console error logged for every text missing from the catalogues. */
export const MISSING_TEXT = 'Missing UI text';

function reportMissingText(languages: readonly string[], key: string): void {
  console.error(`${MISSING_TEXT}: "${key}" (${languages.join(', ')})`);
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: RESOURCES,
  lng: detectLanguage(),
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  // A text missing from the catalogues would show its raw key: say so loudly (the e2e journeys fail on console errors).
  saveMissing: true,
  missingKeyHandler: (languages, _namespace, key) => reportMissingText(languages, key),
});
applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

/** Switches the UI language and remembers the choice on this device. */
export async function changeLanguage(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered, but still switched.
  }
  await i18n.changeLanguage(locale);
}
