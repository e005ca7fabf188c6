import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ImportWizard } from './ImportWizard';

export interface ImportButtonProps {
  /** The version the user is looking at (the new draft starts from the current version). */
  versionId: number | null;
  /** Called with the new draft when the user chooses to open it. */
  onImported(versionId: number): void;
}

/** Opens the price-list import wizard: file → columns → check → import, and the import history. */
export function ImportButton({ versionId, onImported }: ImportButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={open} data-testid="import-open">
        {t('prices.importer.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('prices.importer.title')}
        size="min(1600px, calc(100vw - 48px))"
        closeOnClickOutside={false}
        styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
        data-testid="import-wizard"
      >
        <ImportWizard
          viewedVersionId={versionId}
          onOpenDraft={(id) => {
            close();
            onImported(id);
          }}
          onClose={close}
        />
      </Modal>
    </>
  );
}
