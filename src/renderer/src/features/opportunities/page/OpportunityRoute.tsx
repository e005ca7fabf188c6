import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../../api/queries';
import { OpportunityPage } from './OpportunityPage';

/** Loads one opportunity; its page edits it once it is there. */
export function OpportunityRoute({
  id,
  tab,
  onTab,
  onBack,
}: {
  id: number;
  tab: string;
  onTab(tab: string): void;
  onBack(): void;
}) {
  const { t } = useTranslation();
  const detail = useMethod('opportunities.get', { id });
  if (detail.error && !detail.data) {
    return (
      <Stack gap="md" maw={720}>
        <Alert color="red" title={t('common.error')} data-testid="opportunity-load-error">
          {detail.error.message}
        </Alert>
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack} w="fit-content">
          {t('opportunityUi.page.back')}
        </Button>
      </Stack>
    );
  }
  if (!detail.data) {
    return (
      <Center h={300}>
        <Loader />
      </Center>
    );
  }
  return <OpportunityPage detail={detail.data} tab={tab} onTab={onTab} onBack={onBack} />;
}
