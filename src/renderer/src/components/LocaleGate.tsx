import { Center, Loader } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { localeFromTag } from '../../../shared/locale';
import { request } from '../api/client';
import { applyLocale } from '../i18n';

/**
 * Applies the remembered UI language before showing the app. The first time, it takes the
 * system language and remembers it, so messages from the main process match the screen.
 */
export function LocaleGate({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void (async () => {
      const settings = await request('settings.get', {}).catch(() => ({ locale: null }));
      const locale = settings.locale ?? localeFromTag(navigator.language);
      if (!settings.locale) await request('settings.setLocale', { locale }).catch(() => undefined);
      applyLocale(locale);
      setReady(true);
    })();
  }, []);
  return ready ? (
    <DatesInLanguage>{children}</DatesInLanguage>
  ) : (
    <Center h="100vh">
      <Loader />
    </Center>
  );
}

/** Calendars (month names, weekdays) in the UI language; weeks start on Monday, as in China. */
function DatesInLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('zh') ? 'zh-cn' : 'en';
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
