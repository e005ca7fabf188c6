import { Alert, Button, Group, Paper, Progress, Stack, Tabs, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconFileSpreadsheet, IconHistory, IconInfoCircle, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../../../../../shared/api/prices';
import { ImportLog } from './ImportLog';

export interface FileNotice {
  kind: 'failed' | 'cancelled';
  message: string;
}

interface FileStepProps {
  status: ImportStatus | null;
  /** The file is being sent, or was read and is being analysed. */
  uploading: boolean;
  notice: FileNotice | null;
  onChoose(file: File): void;
  onCancel(): void;
  onOneFileOnly(): void;
}

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** Step 1: drop or choose a file, watch it being read; the import history in a second tab. */
export function FileStep({ status, uploading, notice, onChoose, onCancel, onOneFileOnly }: FileStepProps) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const reading = status?.state === 'reading' || (status?.state === 'ready' && uploading);
  const busy = uploading || reading;

  const take = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    if (files.length > 1) return onOneFileOnly();
    const file = files[0];
    if (file) onChoose(file);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    if (!busy) take(event.dataTransfer.files);
  };

  return (
    <Tabs defaultValue="file" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="file" leftSection={<IconUpload size={16} />} data-testid="import-tab-file">
          {t('prices.importer.tabs.file')}
        </Tabs.Tab>
        <Tabs.Tab value="log" leftSection={<IconHistory size={16} />} data-testid="import-tab-log">
          {t('prices.importer.tabs.log')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="file">
        <Stack gap="md">
          {notice && (
            <Alert
              color={notice.kind === 'failed' ? 'red' : 'gray'}
              icon={notice.kind === 'failed' ? <IconAlertCircle size={18} /> : <IconInfoCircle size={18} />}
              title={notice.kind === 'failed' ? t('prices.importer.file.failedTitle') : undefined}
              data-testid={notice.kind === 'failed' ? 'import-file-error' : 'import-file-notice'}
            >
              {notice.message}
            </Alert>
          )}
          {reading && status ? (
            <Paper withBorder radius="md" p="xl" data-testid="import-reading">
              <Stack gap="sm">
                <Group gap="sm" wrap="nowrap">
                  <ThemeIcon variant="light" size="lg" radius="md">
                    <IconFileSpreadsheet size={20} />
                  </ThemeIcon>
                  <Text fw={500} style={{ wordBreak: 'break-all' }}>
                    {t('prices.importer.file.reading', { file: status.fileName })}
                  </Text>
                </Group>
                <Progress value={Math.max(status.fraction * 100, 3)} animated striped size="lg" />
                <Group justify="space-between">
                  <Text size="sm" c="dimmed" data-testid="import-rows-read">
                    {t('prices.importer.file.rowsRead', { rows: status.rowsRead.toLocaleString(i18n.language) })}
                    {status.state === 'ready' && ` · ${t('prices.importer.mapping.analyzing')}`}
                  </Text>
                  <Button variant="default" size="xs" onClick={onCancel} data-testid="import-cancel">
                    {t('prices.importer.file.cancel')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          ) : (
            <Paper
              component="label"
              withBorder
              radius="md"
              p={48}
              data-testid="import-dropzone"
              onDragOver={(event: DragEvent<HTMLElement>) => {
                event.preventDefault();
                if (!over) setOver(true);
              }}
              onDragLeave={() => setOver(false)}
              onDrop={onDrop}
              style={{
                cursor: busy ? 'progress' : 'pointer',
                borderStyle: 'dashed',
                borderWidth: 2,
                borderColor: over ? 'var(--mantine-color-blue-5)' : 'var(--mantine-color-gray-4)',
                background: over ? 'var(--mantine-color-blue-0)' : 'var(--mantine-color-gray-0)',
                transition: 'background 120ms, border-color 120ms',
              }}
            >
              <input
                ref={input}
                type="file"
                accept={ACCEPT}
                hidden
                disabled={busy}
                data-testid="import-file-input"
                onChange={(event) => {
                  take(event.currentTarget.files);
                  event.currentTarget.value = '';
                }}
              />
              <Stack align="center" gap="sm">
                <ThemeIcon variant="light" size={64} radius="xl" color={over ? 'blue' : 'gray'}>
                  <IconFileSpreadsheet size={34} stroke={1.5} />
                </ThemeIcon>
                <Text size="lg" fw={500} ta="center">
                  {t('prices.importer.file.drop')}
                </Text>
                <Text size="sm" c="dimmed" ta="center" maw={620}>
                  {t('prices.importer.file.hint')}
                </Text>
                <Button
                  mt="xs"
                  leftSection={<IconUpload size={16} />}
                  loading={busy}
                  onClick={(event) => {
                    // The label opens the dialog too; one dialog is enough.
                    event.preventDefault();
                    input.current?.click();
                  }}
                >
                  {t('prices.importer.file.choose')}
                </Button>
              </Stack>
            </Paper>
          )}
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="log">
        <ImportLog />
      </Tabs.Panel>
    </Tabs>
  );
}
