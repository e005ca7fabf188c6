import type { TFunction } from 'i18next';
import { translator } from '../../shared/i18n';
import { DEFAULT_LOCALE, type Locale } from '../../shared/locale';
import type { AppContext } from '../app-context';

/** The UI language; a database that cannot be read must not take the menus down with it. */
export function uiLocale(ctx: AppContext): Locale {
  try {
    return ctx.locale();
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function uiTranslator(ctx: AppContext): TFunction {
  return translator(uiLocale(ctx));
}
