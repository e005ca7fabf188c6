import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/queries';
import { useHashDetail } from '../../components/use-hash-route';
import { QuoteEditor } from './editor/QuoteEditor';
import { QuoteList } from './list/QuoteList';

function EditorRoute({ revisionId, onOpen, onBack }: { revisionId: number; onOpen(id: number): void; onBack(): void }) {
  const { t } = useTranslation();
  const quote = useMethod('quotes.get', { revisionId });
  if (quote.error) {
    return (
      <Stack gap="md" maw={720}>
        <Alert color="red" title={t('common.error')} data-testid="quote-load-error">
          {quote.error.message}
        </Alert>
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack} w="fit-content">
          {t('quoteUi.editor.back')}
        </Button>
      </Stack>
    );
  }
  if (!quote.data) {
    return (
      <Center h={300}>
        <Loader />
      </Center>
    );
  }
  return <QuoteEditor key={revisionId} detail={quote.data} onOpen={onOpen} onBack={onBack} />;
}

/** 报价: the list of quotes, or one revision in the editor (#/quotes/<revisionId>). */
export function QuotesPage() {
  const [detail, setDetail] = useHashDetail();
  const revisionId = Number(detail);
  const open = (id: number) => setDetail(String(id));
  if (Number.isInteger(revisionId) && revisionId > 0) {
    return <EditorRoute revisionId={revisionId} onOpen={open} onBack={() => setDetail('')} />;
  }
  return <QuoteList onOpen={open} />;
}
