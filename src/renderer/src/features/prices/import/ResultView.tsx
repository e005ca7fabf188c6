import { Alert, Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload, IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../../shared/api/prices';
import { request } from '../../../api/client';
import { useMethod } from '../../../api/queries';
import { downloadFile } from '../../../components/download';
import { notifyError } from '../../../components/notify';

/** Errors listed on screen; the rest are in the downloadable error list. */
const LISTED = 200;

interface ResultViewProps {
  result: ImportResult;
  jobId: string;
  onOpenDraft(): void;
  onClose(): void;
}

/** What the import did, and the rows it left out. */
export function ResultView({ result, jobId, onOpenDraft, onClose }: ResultViewProps) {
  const { t, i18n } = useTranslation();
  const [downloading, setDownloading] = useState(false);
  const number = (value: number) => value.toLocaleString(i18n.language);
  const listed = result.errors.slice(0, LISTED);
  const versions = useMethod('prices.versions', {});
  const draft = versions.data?.find((v) => v.id === result.versionId);

  const download = async () => {
    setDownloading(true);
    try {
      downloadFile(await request('imports.errorReport', { jobId }));
    } catch (error) {
      notifyError(t('common.error'), error);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack gap="md" data-testid="import-result">
      <Alert color="teal" icon={<IconCircleCheck size={20} />} title={t('prices.importer.result.title')}>
        <Text fw={600} data-testid="import-result-summary">
          {t('prices.importer.result.summary', {
            imported: number(result.imported),
            updated: number(result.updated),
            skipped: number(result.skipped),
            errors: number(result.errors.length),
          })}
        </Text>
        <Text size="sm" mt={4}>
          {t('prices.importer.result.draft', { label: draft?.label ?? '' })}
        </Text>
      </Alert>
      {result.errors.length > 0 && (
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600} size="sm">
              {t('prices.importer.result.errorsTitle')}
            </Text>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} />}
              loading={downloading}
              onClick={() => void download()}
              data-testid="import-result-download"
            >
              {t('prices.importer.preview.downloadErrors')}
            </Button>
          </Group>
          <ScrollArea.Autosize mah={300} type="auto">
            <Table striped withTableBorder data-testid="import-result-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80} ta="right">
                    {t('prices.importer.preview.row')}
                  </Table.Th>
                  <Table.Th w={200}>{t('prices.importer.mapping.column')}</Table.Th>
                  <Table.Th>{t('prices.importer.preview.errors')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {listed.map((error, i) => (
                  <Table.Tr key={i}>
                    <Table.Td ta="right">{error.row}</Table.Td>
                    <Table.Td>{error.column}</Table.Td>
                    <Table.Td c="red.8">{error.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {result.errors.length > LISTED && (
            <Text size="sm" c="dimmed">
              {t('prices.importer.result.more', { count: result.errors.length - LISTED })}
            </Text>
          )}
        </Stack>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-testid="import-close">
          {t('prices.importer.nav.close')}
        </Button>
        <Button leftSection={<IconExternalLink size={16} />} onClick={onOpenDraft} data-testid="import-open-draft">
          {t('prices.importer.result.open')}
        </Button>
      </Group>
    </Stack>
  );
}
