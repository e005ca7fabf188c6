import { Alert, Button, Code, Group, List, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBan,
  IconCheck,
  IconFileSpreadsheet,
  IconFileTypeDocx,
  IconFileTypePdf,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_FORMATS } from '../../../../../shared/contract/library';
import { formatBytes } from '../../../../../shared/format';
import { LOCALES, localeFromTag, type Locale } from '../../../../../shared/locale';
import { call } from '../../../api/client';
import { downloadFile } from '../../../components/download';

type Format = (typeof DOCUMENT_FORMATS)[number];

interface Outcome {
  format: Format;
  ok: boolean;
  /** The downloaded file name, or the server's message. */
  text: string;
  bytes?: number;
}

const ICON: Record<Format, typeof IconFileTypeDocx> = {
  docx: IconFileTypeDocx,
  pdf: IconFileTypePdf,
  xlsx: IconFileSpreadsheet,
};

interface ExportProps {
  proposalId: number;
  blocker: string | null;
  warnings: string[];
  /** Saves pending edits first; false when that failed. */
  flush(): Promise<boolean>;
}

function ExportForm({ proposalId, blocker, warnings, flush }: ExportProps) {
  const { t, i18n } = useTranslation();
  const [locale, setLocale] = useState<Locale>(localeFromTag(i18n.language));
  const [running, setRunning] = useState<Format | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  const run = async (format: Format) => {
    setRunning(format);
    try {
      const record = (outcome: Outcome) =>
        setOutcomes((previous) => [outcome, ...previous.filter((o) => o.format !== format)]);
      if (!(await flush())) {
        record({ format, ok: false, text: t('libraryUi.export.saveFirst') });
        return;
      }
      const result = await call('proposals.export', { id: proposalId, format, locale });
      if (!result.ok) {
        record({ format, ok: false, text: result.error.message });
        return;
      }
      downloadFile(result.data);
      record({
        format,
        ok: true,
        text: result.data.fileName,
        bytes: Math.floor((result.data.dataBase64.length * 3) / 4),
      });
    } finally {
      setRunning(null);
    }
  };

  return (
    <Stack gap="md" data-testid="proposal-export-form">
      {blocker && (
        <Alert color="red" icon={<IconBan size={18} />} title={t('libraryUi.problems.blockerTitle')}>
          <Text size="sm">{blocker}</Text>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
          {warnings.map((w) => (
            <Text key={w} size="sm">
              {w}
            </Text>
          ))}
        </Alert>
      )}
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('libraryUi.export.language')}
        </Text>
        <SegmentedControl
          value={locale}
          onChange={(value) => setLocale(value === 'en' ? 'en' : 'zh-CN')}
          data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
          disabled={running !== null}
          style={{ alignSelf: 'flex-start' }}
          data-testid="proposal-export-language"
        />
        <Text size="xs" c="dimmed">
          {t('libraryUi.export.languageHint')}
        </Text>
      </Stack>
      <Group gap="sm" grow>
        {DOCUMENT_FORMATS.map((format) => {
          const Icon = ICON[format];
          return (
            <Button
              key={format}
              variant={format === 'xlsx' ? 'default' : 'filled'}
              leftSection={<Icon size={18} />}
              loading={running === format}
              disabled={running !== null && running !== format}
              onClick={() => void run(format)}
              data-testid={`proposal-export-${format}`}
            >
              {t(`libraryUi.export.formats.${format}`)}
            </Button>
          );
        })}
      </Group>
      {outcomes.length > 0 && (
        <List spacing={6} size="sm" data-testid="proposal-export-results">
          {outcomes.map((outcome) => (
            <List.Item
              key={outcome.format}
              icon={
                outcome.ok ? (
                  <IconCheck size={16} color="var(--mantine-color-teal-6)" />
                ) : (
                  <IconX size={16} color="var(--mantine-color-red-6)" />
                )
              }
              data-testid="proposal-export-result"
              data-format={outcome.format}
              data-ok={outcome.ok}
            >
              {outcome.ok ? (
                <Group gap={6} wrap="nowrap">
                  <Code style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>{outcome.text}</Code>
                  {outcome.bytes !== undefined && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatBytes(outcome.bytes)}
                    </Text>
                  )}
                </Group>
              ) : (
                <Text size="sm" c="red.7" data-testid="proposal-export-error">
                  {t('libraryUi.export.failed', {
                    format: t(`libraryUi.export.formats.${outcome.format}`),
                    message: outcome.text,
                  })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** 导出: Word, PDF or the deviation table (Excel), in Chinese or English, downloaded directly. */
export function ProposalExport({ opened, onClose, ...props }: ExportProps & { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('libraryUi.export.title')}
      size="lg"
      data-testid="proposal-export"
    >
      {opened && <ExportForm {...props} />}
    </Modal>
  );
}
