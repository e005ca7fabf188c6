import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/queries';
import { formatBytes } from '../../components/format';
import { DemoDataCard } from './DemoDataCard';

export function OverviewPage() {
  const { t } = useTranslation();
  const info = useMethod('db.info', {});
  return (
    <Stack maw={920} gap="md">
      <div>
        <Title order={2}>{t('overview.title')}</Title>
        <Text c="dimmed">{t('overview.intro')}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="lg" radius="md" data-testid="db-info">
          <Title order={4} mb="sm">
            {t('overview.database')}
          </Title>
          {info.data && (
            <Stack gap={6}>
              <Text size="sm">
                <Text span c="dimmed">
                  {t('overview.path')}
                  {t('common.colon')}
                </Text>
                <Text span ff="monospace" size="xs">
                  {info.data.path}
                </Text>
              </Text>
              <Text size="sm">
                <Text span c="dimmed">
                  {t('overview.schemaVersion')}
                  {t('common.colon')}
                </Text>
                {info.data.schemaVersion}
              </Text>
              <Text size="sm">
                <Text span c="dimmed">
                  {t('overview.size')}
                  {t('common.colon')}
                </Text>
                {formatBytes(info.data.sizeBytes)}
              </Text>
            </Stack>
          )}
        </Paper>
        <DemoDataCard />
      </SimpleGrid>
      <Paper withBorder p="lg" radius="md">
        <Title order={4} mb="sm">
          {t('overview.counts')}
        </Title>
        <Table striped withRowBorders={false} data-testid="db-counts">
          <Table.Tbody>
            {info.data &&
              Object.entries(info.data.counts).map(([table, count]) => (
                <Table.Tr key={table}>
                  <Table.Td>{t(`overview.tables.${table}`)}</Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {count.toLocaleString()}
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
