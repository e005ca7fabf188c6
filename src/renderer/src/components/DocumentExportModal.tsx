import { Button, Code, Group, List, Modal, SegmentedControl, Stack, Text, type ButtonVariant } from '@mantine/core';
import { IconCheck, IconFileSpreadsheet, IconFileTypeDocx, IconFileTypePdf, IconX } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../shared/format';
import { LOCALES, type Locale } from '../../../shared/locale';
import type { Result } from '../../../shared/result';
import { desktop } from '../api/desktop';
import { downloadFile, type DownloadableFile } from './download';
import { ExportFolderField, type FolderTarget } from './ExportFolderField';

export type DocumentFormat = 'docx' | 'pdf' | 'xlsx';

const ICON: Record<DocumentFormat, typeof IconFileTypeDocx> = {
  docx: IconFileTypeDocx,
  pdf: IconFileTypePdf,
  xlsx: IconFileSpreadsheet,
};

interface Outcome<F extends DocumentFormat> {
  format: F;
  ok: boolean;
  /** The downloaded file name, or the server's message. */
  text: string;
  bytes?: number;
}

export interface DocumentExportProps<F extends DocumentFormat> {
  /**
   * The feature's texts: `<textKey>.title`, `.language`, `.languageHint`, `.formats.<format>` and
   * `.failed` (with {{format}} and {{message}}).
   */
  textKey: string;
  /** The text shown for a format when the pending edits could not be saved first. */
  saveFirstKey: string;
  /**
   * The modal's data-testid; its parts are `<testId>-form`, `-language`, `-<format>` (the buttons),
   * `-results`, `-result` and `-error`.
   */
  testId: string;
  /** One button each, in this order. */
  formats: readonly F[];
  /** The document language chosen when the modal opens. */
  initialLocale: Locale;
  /** Above the choices: what would stop or spoil the export. */
  notice?: ReactNode;
  /** A line under a format's button, saying what the file is for. */
  purpose?(format: F): string;
  /** The look of a format's button (Mantine's default when not given). */
  variant?(format: F): ButtonVariant;
  /** Saves pending edits first; false when that was not possible. */
  flush(): Promise<boolean>;
  /** Makes the file from what is stored. */
  exportFile(format: F, locale: Locale): Promise<Result<DownloadableFile>>;
  /** Also offers saving into a folder (checked by default in the desktop app) instead of downloading. */
  folder?: FolderTarget<F>;
}

function ExportForm<F extends DocumentFormat>(props: DocumentExportProps<F>) {
  const { textKey, saveFirstKey, testId, formats, initialLocale, notice, purpose, variant, flush, exportFile } = props;
  const { t } = useTranslation();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [toFolder, setToFolder] = useState(props.folder !== undefined && desktop.available);
  const [typedFolder, setTypedFolder] = useState<string | null>(null);
  const folder = (typedFolder ?? props.folder?.initial ?? '').trim();
  const [running, setRunning] = useState<F | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome<F>[]>([]);

  const run = async (format: F) => {
    setRunning(format);
    const record = (outcome: Outcome<F>) =>
      setOutcomes((previous) => [outcome, ...previous.filter((o) => o.format !== format)]);
    try {
      // The file is made from what is stored: what is on screen is saved first.
      if (!(await flush())) {
        record({ format, ok: false, text: t(saveFirstKey) });
        return;
      }
      if (props.folder && toFolder) {
        if (folder === '') return record({ format, ok: false, text: t('exportFolder.noFolder') });
        const written = await props.folder.write(format, locale, folder);
        if (!written.ok) return record({ format, ok: false, text: written.error.message });
        return record({ format, ok: true, text: written.data.path, bytes: written.data.bytes });
      }
      const result = await exportFile(format, locale);
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

  const formatName = (format: DocumentFormat) => {
    // Typed as a plain string: i18next's key types cannot follow a template over the format type.
    const key: string = `${textKey}.formats.${format}`;
    return t(key);
  };

  const button = (format: F) => {
    const Icon: typeof IconFileTypeDocx = ICON[format];
    return (
      <Button
        key={format}
        variant={variant?.(format)}
        leftSection={<Icon size={18} />}
        loading={running === format}
        disabled={running !== null && running !== format}
        onClick={() => void run(format)}
        data-testid={`${testId}-${format}`}
      >
        {formatName(format)}
      </Button>
    );
  };

  return (
    <Stack gap="md" data-testid={`${testId}-form`}>
      {notice}
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t(`${textKey}.language`)}
        </Text>
        <SegmentedControl
          value={locale}
          onChange={(value) => setLocale(value === 'en' ? 'en' : 'zh-CN')}
          data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
          disabled={running !== null}
          style={{ alignSelf: 'flex-start' }}
          data-testid={`${testId}-language`}
        />
        <Text size="xs" c="dimmed">
          {t(`${textKey}.languageHint`)}
        </Text>
      </Stack>
      {props.folder && (
        <ExportFolderField
          enabled={toFolder}
          onEnabled={setToFolder}
          folder={typedFolder ?? props.folder.initial ?? ''}
          onFolder={setTypedFolder}
          disabled={running !== null}
          testId={testId}
        />
      )}
      {purpose ? (
        <Group gap="sm" grow align="stretch">
          {formats.map((format) => (
            <Stack key={format} gap={4}>
              {button(format)}
              <Text size="xs" c="dimmed" ta="center">
                {purpose(format)}
              </Text>
            </Stack>
          ))}
        </Group>
      ) : (
        <Group gap="sm" grow>
          {formats.map(button)}
        </Group>
      )}
      {outcomes.length > 0 && (
        <List spacing={6} size="sm" data-testid={`${testId}-results`}>
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
              data-testid={`${testId}-result`}
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
                <Text size="sm" c="red.7" data-testid={`${testId}-error`}>
                  {t(`${textKey}.failed`, {
                    format: formatName(outcome.format),
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

/**
 * 导出 for a document edited on screen: a language, one button per file format, and what came of
 * each (the downloaded file, or why not). Pending edits are saved before each file is made.
 */
export function DocumentExportModal<F extends DocumentFormat>({
  opened,
  onClose,
  ...props
}: DocumentExportProps<F> & { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t(`${props.textKey}.title`)} size="lg" data-testid={props.testId}>
      {opened && <ExportForm {...props} />}
    </Modal>
  );
}
