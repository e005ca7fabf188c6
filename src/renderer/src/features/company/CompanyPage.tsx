import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/queries';
import { CompanyForm } from './CompanyForm';

export function CompanyPage() {
  const { t } = useTranslation();
  const company = useMethod('company.get', {});
  return (
    <Stack maw={920} gap="md">
      <div>
        <Title order={2}>{t('company.title')}</Title>
        <Text c="dimmed">{t('company.intro')}</Text>
      </div>
      {company.data?.isDemo && (
        <Alert color="orange" icon={<IconInfoCircle />} data-testid="company-demo-notice">
          {t('company.demoNotice')}
        </Alert>
      )}
      {company.isPending ? (
        <Center p="xl">
          <Loader />
        </Center>
      ) : (
        // Re-mount the form when the stored profile changes (e.g. after demo data is cleared).
        <CompanyForm key={company.data?.updatedAt ?? 'new'} profile={company.data ?? null} />
      )}
    </Stack>
  );
}
