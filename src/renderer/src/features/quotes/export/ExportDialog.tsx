import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  List,
  Modal,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconDownload,
  IconFileExport,
  IconFolder,
  IconFolderOpen,
  IconX,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat, type QuoteDetail } from '../../../../../shared/api/quotes';
import { formatBytes } from '../../../../../shared/format';
import { LOCALES, localeFromTag, type Locale } from '../../../../../shared/locale';
import { isApproved } from '../../../../../shared/quotes/lifecycle';
import { request } from '../../../api/client';
import { desktop } from '../../../api/desktop';
import { useMethod } from '../../../api/queries';
import { downloadFile } from '../../../components/download';
import { quoteRef } from '../model/quote-format';

interface Outcome {
  format: ExportFormat;
  ok: boolean;
  /** The written path (or the downloaded file name); the error message when not ok. */
  text: string;
  bytes?: number;
}

interface ExportFormProps {
  detail: QuoteDetail;
  flush(): Promise<boolean>;
  onClose(): void;
}

function ExportForm({ detail, flush, onClose }: ExportFormProps) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const defaults = useMethod('quotes.exportDefaults', {});
  const isDesktop = desktop.available;
  const [formats, setFormats] = useState<ExportFormat[]>([...EXPORT_FORMATS]);
  const [locale, setLocale] = useState<Locale>(localeFromTag(i18n.language));
  const [folder, setFolder] = useState<string | null>(null);
  const [openAfter, setOpenAfter] = useState(true);
  const [running, setRunning] = useState<'folder' | 'download' | null>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0, current: null as ExportFormat | null });
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const shownFolder = folder ?? defaults.data?.folder ?? '';
  const draft = !isApproved(detail.state);

  const toggle = (format: ExportFormat, on: boolean) =>
    setFormats((previous) => EXPORT_FORMATS.filter((f) => (f === format ? on : previous.includes(f))));

  const run = async (mode: 'folder' | 'download') => {
    setProblem(null);
    setOutcomes([]);
    if (formats.length === 0) return setProblem(t('quoteUi.export.noFormat'));
    if (mode === 'folder' && shownFolder.trim() === '') return setProblem(t('quoteUi.export.noFolder'));
    setRunning(mode);
    try {
      if (!(await flush())) {
        setProblem(t('quoteUi.save.failedBefore'));
        return;
      }
      const results: Outcome[] = [];
      setProgress({ done: 0, total: formats.length, current: formats[0] ?? null });
      // One document at a time: the bar moves per file and a failure does not stop the others.
      for (const [index, format] of formats.entries()) {
        setProgress({ done: index, total: formats.length, current: format });
        try {
          if (mode === 'folder') {
            const written = await request('quotes.exportToFolder', {
              revisionId: detail.revisionId,
              format,
              locale,
              folder: shownFolder.trim(),
            });
            results.push({ format, ok: true, text: written.path, bytes: written.bytes });
          } else {
            const file = await request('quotes.exportFile', { revisionId: detail.revisionId, format, locale });
            downloadFile(file);
            results.push({
              format,
              ok: true,
              text: file.fileName,
              bytes: Math.floor((file.dataBase64.length * 3) / 4),
            });
          }
        } catch (error) {
          results.push({ format, ok: false, text: error instanceof Error ? error.message : String(error) });
        }
        setOutcomes([...results]);
      }
      setProgress({ done: formats.length, total: formats.length, current: null });
      // The folder written to is the default next time.
      if (mode === 'folder') void client.invalidateQueries({ queryKey: ['quotes.exportDefaults'] });
      if (mode === 'folder' && isDesktop && openAfter && results.some((r) => r.ok)) {
        await desktop.openFolder(shownFolder.trim());
      }
    } finally {
      setRunning(null);
    }
  };

  const choose = async () => {
    const chosen = await desktop.chooseFolder(shownFolder);
    if (chosen) setFolder(chosen);
  };

  const percent = progress.total === 0 ? 0 : (progress.done / progress.total) * 100;
  const succeeded = outcomes.filter((o) => o.ok).length;
  const finished = running === null && outcomes.length > 0;

  return (
    <Stack gap="md" data-testid="export-form">
      {draft && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="export-draft-warning">
          {t('quoteUi.export.draftWarning', { state: t(`quotes.states.${detail.state}`) })}
        </Alert>
      )}
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('quoteUi.export.formats')}
        </Text>
        <Group gap="lg">
          {EXPORT_FORMATS.map((format) => (
            <Checkbox
              key={format}
              label={t(`quoteUi.export.formatNames.${format}`)}
              checked={formats.includes(format)}
              disabled={running !== null}
              onChange={(event) => toggle(format, event.currentTarget.checked)}
              data-testid={`export-format-${format}`}
            />
          ))}
        </Group>
      </Stack>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('quoteUi.export.language')}
        </Text>
        <SegmentedControl
          value={locale}
          onChange={(value) => setLocale(value as Locale)}
          disabled={running !== null}
          data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
          data-testid="export-language"
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      {isDesktop ? (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('quoteUi.export.folder')}
            value={shownFolder}
            readOnly
            leftSection={<IconFolder size={16} />}
            style={{ flex: 1 }}
            data-testid="export-folder"
          />
          <Button
            variant="default"
            onClick={() => void choose()}
            disabled={running !== null}
            data-testid="export-choose"
          >
            {t('quoteUi.export.choose')}
          </Button>
        </Group>
      ) : (
        <TextInput
          label={t('quoteUi.export.folder')}
          description={t('quoteUi.export.folderHint')}
          value={shownFolder}
          onChange={(event) => setFolder(event.currentTarget.value)}
          leftSection={<IconFolder size={16} />}
          disabled={running !== null}
          data-testid="export-folder"
        />
      )}
      {isDesktop && (
        <Checkbox
          label={t('quoteUi.export.openAfter')}
          checked={openAfter}
          onChange={(event) => setOpenAfter(event.currentTarget.checked)}
          data-testid="export-open-after"
        />
      )}
      {(running !== null || outcomes.length > 0) && (
        <Stack gap={4}>
          <Progress
            value={percent}
            animated={running !== null}
            color={outcomes.some((o) => !o.ok) ? 'orange' : 'teal'}
            data-testid="export-progress"
            aria-valuenow={Math.round(percent)}
          />
          <Text size="xs" c="dimmed" data-testid="export-progress-text">
            {running !== null && progress.current
              ? t('quoteUi.export.progress', {
                  current: progress.done + 1,
                  total: progress.total,
                  format: t(`quoteUi.export.formatNames.${progress.current}`),
                })
              : t('quoteUi.export.done', { n: succeeded, total: outcomes.length })}
          </Text>
        </Stack>
      )}
      {outcomes.length > 0 && (
        <List spacing={4} size="sm" data-testid="export-results">
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
              data-testid="export-result"
              data-format={outcome.format}
              data-ok={outcome.ok}
            >
              {outcome.ok ? (
                <Group gap={6} wrap="nowrap">
                  <Code style={{ wordBreak: 'break-all', whiteSpace: 'normal' }} data-testid="export-path">
                    {outcome.text}
                  </Code>
                  {outcome.bytes !== undefined && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatBytes(outcome.bytes)}
                    </Text>
                  )}
                </Group>
              ) : (
                <Text size="sm" c="red.7" data-testid="export-error">
                  {t('quoteUi.export.failed', {
                    format: t(`quoteUi.export.formatNames.${outcome.format}`),
                    message: outcome.text,
                  })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {problem && (
        <Text size="sm" c="red.7" data-testid="export-problem">
          {problem}
        </Text>
      )}
      <Group justify="space-between" mt="xs">
        {!isDesktop ? (
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            loading={running === 'download'}
            disabled={running === 'folder'}
            onClick={() => void run('download')}
            data-testid="export-download"
          >
            {t('quoteUi.export.download')}
          </Button>
        ) : (
          <span />
        )}
        <Group gap="sm">
          <Button variant="default" onClick={onClose} disabled={running !== null}>
            {finished ? t('common.close') : t('common.cancel')}
          </Button>
          {finished && isDesktop && succeeded > 0 && (
            <Button
              variant="light"
              leftSection={<IconFolderOpen size={16} />}
              onClick={() => void desktop.openFolder(shownFolder.trim())}
            >
              {t('quoteUi.export.openFolder')}
            </Button>
          )}
          <Button
            leftSection={<IconFileExport size={16} />}
            loading={running === 'folder'}
            disabled={running === 'download'}
            onClick={() => void run('folder')}
            data-testid="export-start"
          >
            {t('quoteUi.export.start')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

interface ExportDialogProps extends ExportFormProps {
  opened: boolean;
}

/**
 * 导出: Excel, Word and PDF in Chinese or English, written one after another into a folder (chosen
 * with the system dialog in the desktop app, typed in browser mode — or downloaded directly).
 */
export function ExportDialog({ opened, onClose, ...rest }: ExportDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('quoteUi.export.title', { ref: quoteRef(rest.detail) })}
      size="lg"
      closeOnClickOutside={false}
      data-testid="export-dialog"
    >
      {opened && <ExportForm {...rest} onClose={onClose} />}
    </Modal>
  );
}
