import '@mantine/charts/styles.css';
import { Alert, Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAdjustments, IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { downloadFile } from '../../components/download';
import { notifyError, notifySuccess } from '../../components/notify';
import { AttentionPanel } from './AttentionPanel';
import { ForecastPanel } from './ForecastPanel';
import { KeyFigures } from './KeyFigures';
import { OwnersPanel } from './OwnersPanel';
import { RulesModal } from './RulesModal';
import { StagePanel } from './StagePanel';
import { WinLossPanel } from './WinLossPanel';
import { DateField } from '../../components/DateField';

/** The start of this quarter, 'YYYY-MM-DD': the default won/lost period runs from it to today. */
function quarterStart(today: Date): string {
  const month = Math.floor(today.getMonth() / 3) * 3 + 1;
  return `${today.getFullYear()}-${String(month).padStart(2, '0')}-01`;
}

/**
 * 销售漏斗: the manager's Monday page. Every figure comes from funnel.get (read afresh each time
 * the page opens), every chart and row opens the deals behind it, and the same tables go out as
 * .xlsx or a one-page PDF.
 */
export function FunnelPage() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(() => quarterStart(new Date()));
  const [to, setTo] = useState('');
  const [rulesOpen, setRulesOpen] = useState(false);
  const [exporting, setExporting] = useState<'xlsx' | 'pdf' | null>(null);
  const period = { from: /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : '', to: /^\d{4}-\d{2}-\d{2}$/.test(to) ? to : '' };
  const report = useQuery({
    queryKey: ['funnel.get', period],
    queryFn: () => request('funnel.get', period),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });

  const exportAs = async (format: 'xlsx' | 'pdf') => {
    setExporting(format);
    try {
      const file = await request('funnel.export', { format, ...period });
      downloadFile(file);
      notifySuccess(t('funnelUi.exported', { fileName: file.fileName }));
    } catch (error) {
      notifyError(t('funnelUi.exportFailed'), error);
    } finally {
      setExporting(null);
    }
  };

  const data = report.data;
  return (
    <Stack gap="md" data-testid="funnel-page">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2} maw={640}>
          <Title order={2}>{t('funnelUi.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('funnelUi.intro')}
          </Text>
        </Stack>
        <Group gap="sm" align="flex-end">
          <DateField
            label={t('funnelUi.from')}
            value={from}
            onChange={(value) => setFrom(value)}
            w={160}
            data-testid="funnel-from"
          />
          <DateField
            label={t('funnelUi.to')}
            value={to}
            onChange={(value) => setTo(value)}
            w={160}
            data-testid="funnel-to"
          />
          <Button
            variant="default"
            leftSection={<IconAdjustments size={16} />}
            onClick={() => setRulesOpen(true)}
            disabled={!data}
            data-testid="funnel-rules"
          >
            {t('funnelUi.rules')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconFileSpreadsheet size={16} />}
            loading={exporting === 'xlsx'}
            onClick={() => void exportAs('xlsx')}
            data-testid="funnel-export-xlsx"
          >
            {t('funnelUi.exportXlsx')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconFileTypePdf size={16} />}
            loading={exporting === 'pdf'}
            onClick={() => void exportAs('pdf')}
            data-testid="funnel-export-pdf"
          >
            {t('funnelUi.exportPdf')}
          </Button>
        </Group>
      </Group>
      {report.error && <Alert color="red">{report.error.message}</Alert>}
      {!data && !report.error && (
        <Center h={240}>
          <Loader />
        </Center>
      )}
      {data && (
        <>
          <KeyFigures report={data} />
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
            <StagePanel report={data} />
            <ForecastPanel report={data} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
            <AttentionPanel report={data} />
            <OwnersPanel report={data} />
          </SimpleGrid>
          <WinLossPanel report={data} />
          {rulesOpen && <RulesModal opened rules={data.rules} onClose={() => setRulesOpen(false)} />}
        </>
      )}
    </Stack>
  );
}
