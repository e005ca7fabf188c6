import { Alert, Button, Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';

interface ReadOnlyNoticeProps {
  detail: QuoteDetail;
  /** The newest revision of the quote. */
  latest: { revisionId: number; revision: string } | undefined;
  onOpen(revisionId: number): void;
  onRevise(): void;
}

/** Why this revision cannot be edited — an older revision, or sent or closed — and the way on. */
export function ReadOnlyNotice({ detail, latest, onOpen, onRevise }: ReadOnlyNoticeProps) {
  const { t } = useTranslation();
  return (
    <>
      {!detail.isLatest && latest && (
        <Alert color="gray" icon={<IconLock size={18} />} data-testid="quote-readonly">
          <Group justify="space-between">
            <Text size="sm">{t('quoteUi.editor.readOnlyOld', { revision: detail.revision })}</Text>
            <Button size="xs" variant="light" onClick={() => onOpen(latest.revisionId)}>
              {t('quoteUi.editor.openLatest', { revision: latest.revision })}
            </Button>
          </Group>
        </Alert>
      )}
      {detail.isLatest && !detail.editable && (
        <Alert color="indigo" variant="light" icon={<IconLock size={18} />} data-testid="quote-readonly">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {detail.state === 'sent'
                ? t('quoteUi.editor.readOnlySent')
                : t('quoteUi.editor.readOnlyClosed', { state: t(`quotes.states.${detail.state}`) })}
            </Text>
            {detail.canRevise && (
              <Button size="xs" onClick={onRevise} data-testid="quote-revise-inline">
                {t('quoteUi.editor.revise')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
    </>
  );
}
