import { Button, Group, Paper, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportAnalysis } from '../../../../../shared/api/prices';
import { request } from '../../../api/client';
import { downloadFile } from '../../../components/download';
import { notifyError } from '../../../components/notify';
import { PreviewTable } from './PreviewTable';

interface PreviewStepProps {
  analysis: ImportAnalysis;
  revision: number;
}

function Stat({ label, value, color, testId }: { label: string; value: string; color?: string; testId: string }) {
  return (
    <Paper withBorder radius="md" px="md" py="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={600} c={color} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Paper>
  );
}

/** Step 3: what the import would do with every row, the errors named by row and column. */
export function PreviewStep({ analysis, revision }: PreviewStepProps) {
  const { t, i18n } = useTranslation();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const number = (value: number) => value.toLocaleString(i18n.language);

  const download = async () => {
    setDownloading(true);
    try {
      downloadFile(await request('imports.errorReport', { jobId: analysis.jobId }));
    } catch (error) {
      notifyError(t('common.error'), error);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={4} spacing="sm">
        <Stat label={t('prices.importer.preview.rows')} value={number(analysis.rows)} testId="import-stat-rows" />
        <Stat
          label={t('prices.importer.preview.valid')}
          value={number(analysis.validRows)}
          color="teal.7"
          testId="import-stat-valid"
        />
        <Stat
          label={t('prices.importer.preview.invalid')}
          value={number(analysis.invalidRows)}
          color={analysis.invalidRows > 0 ? 'red.7' : undefined}
          testId="import-stat-invalid"
        />
        <Stat
          label={t('prices.importer.preview.existing')}
          value={number(analysis.existingCodes)}
          color="blue.7"
          testId="import-stat-existing"
        />
      </SimpleGrid>
      <Group justify="space-between">
        <Switch
          label={t('prices.importer.preview.onlyErrors')}
          checked={onlyErrors}
          disabled={analysis.invalidRows === 0}
          onChange={(event) => setOnlyErrors(event.currentTarget.checked)}
          data-testid="import-only-errors"
        />
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          disabled={analysis.invalidRows === 0}
          loading={downloading}
          onClick={() => void download()}
          data-testid="import-download-errors"
        >
          {t('prices.importer.preview.downloadErrors')}
        </Button>
      </Group>
      <PreviewTable analysis={analysis} revision={revision} onlyErrors={onlyErrors} />
    </Stack>
  );
}
