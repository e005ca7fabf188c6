import { Alert, Button, FileButton, Group, Modal, Table, Text } from '@mantine/core';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadFile } from '../../components/download';
import { notifyError, notifySuccess } from '../../components/notify';

interface Failure {
  fileName: string;
  message: string;
  fields: [string, string][];
}

/** "solutions.1.modules.0.name" → "第 2 个方案 › 第 1 个模块 › name": where in the file, as a person counts. */
function filePlace(key: string, t: TFunction): string {
  const parts = key.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    if (next !== undefined && /^\d+$/.test(next) && ['solutions', 'sections', 'modules', 'features'].includes(part)) {
      out.push(t(`libraryUi.transfer.places.${part}`, { n: Number(next) + 1 }));
      i += 1;
    } else {
      out.push(part);
    }
  }
  return out.join(' › ');
}

/** 导出方案库 / 导入方案库: the whole library as one .json file to share with the team. */
export function LibraryTransfer() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const resetRef = useRef<() => void>(null);

  const exportLibrary = async () => {
    setExporting(true);
    try {
      const result = await call('library.export', {});
      if (!result.ok) {
        notifyError(t('libraryUi.transfer.exportFailed'), result.error.message);
        return;
      }
      downloadFile(result.data);
      notifySuccess(t('libraryUi.transfer.exported', { file: result.data.fileName }));
    } finally {
      setExporting(false);
    }
  };

  const importLibrary = async (file: File | null) => {
    if (!file) return;
    setImporting(true);
    try {
      const json = await file.text();
      const result = await call('library.import', { json });
      if (result.ok) {
        notifySuccess(t('libraryUi.transfer.imported', { ...result.data, file: file.name }));
        await Promise.all([
          client.invalidateQueries({ queryKey: ['library.sections'] }),
          client.invalidateQueries({ queryKey: ['library.solutions'] }),
        ]);
      } else {
        setFailure({ fileName: file.name, message: result.error.message, fields: Object.entries(result.error.fields) });
      }
    } finally {
      setImporting(false);
      resetRef.current?.();
    }
  };

  return (
    <Group gap="sm">
      <FileButton resetRef={resetRef} onChange={(file) => void importLibrary(file)} accept=".json,application/json">
        {(props) => (
          <Button
            {...props}
            variant="default"
            loading={importing}
            leftSection={<IconFileImport size={16} />}
            data-testid="library-import"
          >
            {t('libraryUi.transfer.import')}
          </Button>
        )}
      </FileButton>
      <Button
        variant="default"
        loading={exporting}
        leftSection={<IconDownload size={16} />}
        onClick={() => void exportLibrary()}
        data-testid="library-export"
      >
        {t('libraryUi.transfer.export')}
      </Button>
      <Modal
        opened={failure !== null}
        onClose={() => setFailure(null)}
        title={t('libraryUi.transfer.failedTitle', { file: failure?.fileName ?? '' })}
        size="xl"
        data-testid="library-import-errors"
      >
        {failure && (
          <>
            <Alert color="red" mb="md">
              <Text size="sm" data-testid="library-import-message">
                {failure.message}
              </Text>
            </Alert>
            {failure.fields.length > 0 && (
              <Table fz="sm" striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="45%">{t('libraryUi.transfer.place')}</Table.Th>
                    <Table.Th>{t('libraryUi.transfer.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {failure.fields.map(([key, message]) => (
                    <Table.Tr key={key} data-testid="library-import-error" data-path={key}>
                      <Table.Td>
                        <Text size="sm">{filePlace(key, t)}</Text>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {key}
                        </Text>
                      </Table.Td>
                      <Table.Td>{message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Text size="xs" c="dimmed" mt="md">
              {t('libraryUi.transfer.hint')}
            </Text>
          </>
        )}
      </Modal>
    </Group>
  );
}
