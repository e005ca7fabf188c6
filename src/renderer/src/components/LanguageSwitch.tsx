import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../shared/locale';
import { request } from '../api/client';
import { applyLocale } from '../i18n';

/** Switches the UI language at once and remembers it in the database. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const change = async (value: string) => {
    const locale = value as Locale;
    applyLocale(locale);
    await request('settings.setLocale', { locale });
    // Messages that come from the main process (errors, names) follow the new language.
    await client.invalidateQueries();
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      data-testid="language-switch"
      value={i18n.language}
      onChange={(value) => void change(value)}
      data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
    />
  );
}
