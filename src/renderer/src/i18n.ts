import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../shared/i18n';
import { DEFAULT_LOCALE, type Locale } from '../../shared/locale';

/** The renderer's i18next, on the same resources the main process and CLI use. */
export function initI18n(locale: Locale = DEFAULT_LOCALE) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'zh-CN',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18next;
}

export function applyLocale(locale: Locale): void {
  void i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
