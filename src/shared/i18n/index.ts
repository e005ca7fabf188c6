import i18next, { type i18n, type TFunction } from 'i18next';
import { en } from './en';
import { zhCN, type Messages } from './zh-CN';
import type { Locale } from '../locale';

export type { Messages };
export const resources: Record<Locale, { translation: Messages }> = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
};

/**
 * A ready, synchronous i18next instance for one language. Main-process code (menus, error
 * messages, the CLI) uses it directly; the renderer wraps the same resources with react-i18next.
 */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: locale,
    fallbackLng: 'zh-CN',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const cache = new Map<Locale, TFunction>();
/** The translate function for a language (instances are cached; they never change). */
export function translator(locale: Locale): TFunction {
  let t = cache.get(locale);
  if (!t) {
    t = createI18n(locale).t;
    cache.set(locale, t);
  }
  return t;
}
