import { Button, Code, Group, List, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCheck, IconFileTypeDocx, IconFileTypePdf, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../../../shared/format';
import { LOCALES, type Locale } from '../../../../../shared/locale';
import { call } from '../../../api/client';
import { downloadFile } from '../../../components/download';

const FORMATS = ['docx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];
const ICON: Record<Format, typeof IconFileTypeDocx> = { docx: IconFileTypeDocx, pdf: IconFileTypePdf };

interface Outcome {
  format: Format;
  ok: boolean;
  /** The downloaded file name, or why it failed. */
  text: string;
  bytes?: number;
}

interface ExportProps {
  scriptId: number;
  /** The language the script was generated in: the headings match it by default. */
  scriptLocale: Locale;
  /** Saves pending edits first; false when that was not possible. */
  flush(): Promise<boolean>;
}

function ExportForm({ scriptId, scriptLocale, flush }: ExportProps) {
  const { t } = useTranslation();
  const [locale, setLocale] = useState<Locale>(scriptLocale);
  const [running, setRunning] = useState<Format | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  const run = async (format: Format) => {
    setRunning(format);
    const record = (outcome: Outcome) =>
      setOutcomes((previous) => [outcome, ...previous.filter((o) => o.format !== format)]);
    try {
      // The file is made from what is stored: what is on screen is saved first.
      if (!(await flush())) {
        record({ format, ok: false, text: t('demoScriptUi.export.saveFirst') });
        return;
      }
      const result = await call('demoScripts.export', { id: scriptId, format, locale });
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
    <Stack gap="md" data-testid="script-export-form">
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('demoScriptUi.export.language')}
        </Text>
        <SegmentedControl
          value={locale}
          onChange={(value) => setLocale(value === 'en' ? 'en' : 'zh-CN')}
          data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
          disabled={running !== null}
          style={{ alignSelf: 'flex-start' }}
          data-testid="script-export-language"
        />
        <Text size="xs" c="dimmed">
          {t('demoScriptUi.export.languageHint')}
        </Text>
      </Stack>
      <Group gap="sm" grow>
        {FORMATS.map((format) => {
          const Icon = ICON[format];
          return (
            <Button
              key={format}
              leftSection={<Icon size={18} />}
              loading={running === format}
              disabled={running !== null && running !== format}
              onClick={() => void run(format)}
              data-testid={`script-export-${format}`}
            >
              {t(`demoScriptUi.export.formats.${format}`)}
            </Button>
          );
        })}
      </Group>
      {outcomes.length > 0 && (
        <List spacing={6} size="sm" data-testid="script-export-results">
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
              data-testid="script-export-result"
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
                <Text size="sm" c="red.7" data-testid="script-export-error">
                  {t('demoScriptUi.export.failed', {
                    format: t(`demoScriptUi.export.formats.${outcome.format}`),
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

/** 导出: the script as Word or PDF — timetable, then each step — in Chinese or English. */
export function ExportModal({ opened, onClose, ...props }: ExportProps & { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('demoScriptUi.export.title')}
      size="lg"
      data-testid="script-export"
    >
      {opened && <ExportForm {...props} />}
    </Modal>
  );
}
