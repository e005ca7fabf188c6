import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Quotes: the list and the editor of one quote (filled in by the quote screen work). */
export function QuotesPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('quoteUi.title')}</Title>;
}
