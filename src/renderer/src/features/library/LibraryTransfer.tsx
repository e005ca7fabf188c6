import { Button, FileButton, Group } from '@mantine/core';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadFile } from '../../components/download';
import { ImportFailureModal, type ImportFailure } from '../../components/ImportFailureModal';
import { notifyError, notifySuccess } from '../../components/notify';

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
  const [failure, setFailure] = useState<ImportFailure | null>(null);
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
      <ImportFailureModal
        failure={failure}
        onClose={() => setFailure(null)}
        title={t('libraryUi.transfer.failedTitle', { file: failure?.fileName ?? '' })}
        placeLabel={t('libraryUi.transfer.place')}
        problemLabel={t('libraryUi.transfer.problem')}
        hint={t('libraryUi.transfer.hint')}
        describePlace={(key) => filePlace(key, t)}
        testIds={{ modal: 'library-import-errors', message: 'library-import-message', row: 'library-import-error' }}
      />
    </Group>
  );
}
