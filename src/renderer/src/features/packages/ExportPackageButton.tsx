import { Button } from '@mantine/core';
import { IconPackageExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { downloadFile } from '../../components/download';
import { notifyError, notifySuccess } from '../../components/notify';

/** Saves the opportunity with its customer, timeline and documents as one .presales file. */
export function ExportPackageButton({ id, exportedBy }: { id: number; exportedBy: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconPackageExport size={14} />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        request('opportunities.exportPackage', { id, exportedBy })
          .then((file) => {
            downloadFile(file);
            notifySuccess(t('packages.ui.exported', { fileName: file.fileName }));
          })
          .catch((error: unknown) => notifyError(t('packages.ui.exportFailed'), error))
          .finally(() => setBusy(false));
      }}
      data-testid="opportunity-export-package"
    >
      {t('packages.ui.export')}
    </Button>
  );
}
