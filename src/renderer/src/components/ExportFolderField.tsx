import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import type { Result } from '../../../shared/result';
import { desktop } from '../api/desktop';

/** Where an export modal can also write its files: a folder on this computer, remembered by the server. */
export interface FolderTarget<F extends string> {
  /** The folder shown first: where this kind of document was last written (undefined while loading). */
  initial: string | undefined;
  /** Writes one file into `folder`; the path written and its size come back. */
  write(format: F, locale: Locale, folder: string): Promise<Result<{ path: string; bytes: number }>>;
}

interface ExportFolderFieldProps {
  /** Save into the folder (else the file is downloaded). */
  enabled: boolean;
  onEnabled(enabled: boolean): void;
  folder: string;
  onFolder(folder: string): void;
  disabled: boolean;
  /** Test ids read `<testId>-to-folder`, `-folder`, `-choose`. */
  testId: string;
}

/**
 * 保存到文件夹: a checkbox and the folder — chosen with the system dialog in the desktop app
 * (opening where the last export went), typed in browser mode.
 */
export function ExportFolderField({ enabled, onEnabled, folder, onFolder, disabled, testId }: ExportFolderFieldProps) {
  const { t } = useTranslation();
  const choose = async () => {
    const chosen = await desktop.chooseFolder(folder);
    if (chosen) onFolder(chosen);
  };
  return (
    <Stack gap={6}>
      <Checkbox
        label={t('exportFolder.toFolder')}
        checked={enabled}
        disabled={disabled}
        onChange={(event) => onEnabled(event.currentTarget.checked)}
        data-testid={`${testId}-to-folder`}
      />
      {enabled &&
        (desktop.available ? (
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              aria-label={t('exportFolder.folder')}
              value={folder}
              readOnly
              leftSection={<IconFolder size={16} />}
              style={{ flex: 1 }}
              data-testid={`${testId}-folder`}
            />
            <Button
              variant="default"
              onClick={() => void choose()}
              disabled={disabled}
              data-testid={`${testId}-choose`}
            >
              {t('exportFolder.choose')}
            </Button>
          </Group>
        ) : (
          <TextInput
            aria-label={t('exportFolder.folder')}
            description={t('exportFolder.folderHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={folder}
            onChange={(event) => onFolder(event.currentTarget.value)}
            leftSection={<IconFolder size={16} />}
            disabled={disabled}
            data-testid={`${testId}-folder`}
          />
        ))}
    </Stack>
  );
}
