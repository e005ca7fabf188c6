import { Alert, Button, Code, Group, List, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconBan, IconCheck, IconFileTypeDocx, IconFileTypePdf, IconX } from '@tabler/icons-react';
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
  /** The downloaded file name, or the server's message. */
  text: string;
  bytes?: number;
}

interface ExportProps {
  contractId: number;
  /** The revision shown when it is not the latest (the file is made from that revision). */
  revision: number | undefined;
  /** The contract's language: the document's headings match it by default. */
  lang: Locale;
  /** Unresolved merge fields: the server refuses the export until they are fixed. */
  problems: number;
  /** Saves pending edits first; false when that was not possible. */
  flush(): Promise<boolean>;
}

function ExportForm({ contractId, revision, lang, problems, flush }: ExportProps) {
  const { t } = useTranslation();
  const [locale, setLocale] = useState<Locale>(lang);
  const [running, setRunning] = useState<Format | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  const run = async (format: Format) => {
    setRunning(format);
    const record = (outcome: Outcome) =>
      setOutcomes((previous) => [outcome, ...previous.filter((o) => o.format !== format)]);
    try {
      // The file is made from what is stored: what is on screen is saved first.
      if (!(await flush())) {
        record({ format, ok: false, text: t('contractUi.save.saveFirst') });
        return;
      }
      const result = await call('contracts.export', { id: contractId, revision, format, locale });
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
    <Stack gap="md" data-testid="contract-export-form">
      {problems > 0 && (
        <Alert color="red" icon={<IconBan size={18} />} data-testid="contract-export-blocked">
          {t('contractUi.export.blocked', { n: problems })}
        </Alert>
      )}
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('contractUi.export.language')}
        </Text>
        <SegmentedControl
          value={locale}
          onChange={(value) => setLocale(value === 'en' ? 'en' : 'zh-CN')}
          data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
          disabled={running !== null}
          style={{ alignSelf: 'flex-start' }}
          data-testid="contract-export-language"
        />
        <Text size="xs" c="dimmed">
          {t('contractUi.export.languageHint')}
        </Text>
      </Stack>
      <Group gap="sm" grow align="stretch">
        {FORMATS.map((format) => {
          const Icon = ICON[format];
          return (
            <Stack key={format} gap={4}>
              <Button
                leftSection={<Icon size={18} />}
                loading={running === format}
                disabled={running !== null && running !== format}
                onClick={() => void run(format)}
                data-testid={`contract-export-${format}`}
              >
                {t(`contractUi.export.formats.${format}`)}
              </Button>
              <Text size="xs" c="dimmed" ta="center">
                {t(`contractUi.export.purpose.${format}`)}
              </Text>
            </Stack>
          );
        })}
      </Group>
      {outcomes.length > 0 && (
        <List spacing={6} size="sm" data-testid="contract-export-results">
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
              data-testid="contract-export-result"
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
                <Text size="sm" c="red.7" data-testid="contract-export-error">
                  {t('contractUi.export.failed', {
                    format: t(`contractUi.export.formats.${outcome.format}`),
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

/** 导出: Word for legal review (with the non-standard clause appendix) or PDF for signing. */
export function ExportModal({ opened, onClose, ...props }: ExportProps & { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('contractUi.export.title')}
      size="lg"
      data-testid="contract-export"
    >
      {opened && <ExportForm {...props} />}
    </Modal>
  );
}
