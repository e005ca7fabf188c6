import { Button, Group, Tooltip, type ButtonProps } from '@mantine/core';
import { IconArrowsDiff, IconCopyPlus, IconFileSpreadsheet, IconSend, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceListVersion } from '../../../../shared/api/prices';
import { request } from '../../api/client';
import { useAction } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmButton';
import { downloadFile } from '../../components/download';
import { notifyError, notifySuccess } from '../../components/notify';
import { ImportButton } from './import/ImportButton';

/** Starts a draft as a copy of a version (or empty) and says so. */
export function useCreateDraft() {
  const { t } = useTranslation();
  const create = useAction('prices.createDraft', ['prices.versions']);
  const run = async (from: PriceListVersion | null): Promise<PriceListVersion | null> => {
    try {
      const draft = await create.mutateAsync({ fromVersionId: from?.id ?? null });
      notifySuccess(t('prices.notices.draftCreated', { label: draft.label }));
      return draft;
    } catch (error) {
      notifyError(t('common.error'), error);
      return null;
    }
  };
  return { run, pending: create.isPending };
}

interface NewDraftButtonProps extends ButtonProps {
  from: PriceListVersion | null;
  onCreated(draft: PriceListVersion): void;
  label?: string;
}

export function NewDraftButton({ from, onCreated, label, ...buttonProps }: NewDraftButtonProps) {
  const { t } = useTranslation();
  const create = useCreateDraft();
  const button = (
    <Button
      variant="default"
      leftSection={<IconCopyPlus size={18} />}
      loading={create.pending}
      onClick={() => void create.run(from).then((draft) => draft && onCreated(draft))}
      data-testid="version-new-draft"
      {...buttonProps}
    >
      {label ?? t('prices.actions.newDraft')}
    </Button>
  );
  if (!from) return button;
  return (
    <Tooltip label={t('prices.actions.newDraftFrom', { label: from.label })} openDelay={400}>
      {button}
    </Tooltip>
  );
}

interface VersionActionsProps {
  version: PriceListVersion;
  onSelect(versionId: number | null): void;
  onPublish(): void;
  onCompare(): void;
  canCompare: boolean;
}

/** What can be done with the version on screen: new draft, publish, delete, export, compare, import. */
export function VersionActions({ version, onSelect, onPublish, onCompare, canCompare }: VersionActionsProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [exporting, setExporting] = useState(false);
  const deleteDraft = useAction('prices.deleteDraft', ['prices.versions', 'prices.items', 'prices.compare']);
  const isDraft = version.status === 'draft';

  const exportVersion = async () => {
    setExporting(true);
    try {
      const file = await request('prices.export', { versionId: version.id });
      downloadFile(file);
      notifySuccess(t('prices.notices.exported', { file: file.fileName }));
    } catch (error) {
      notifyError(t('common.error'), error);
    } finally {
      setExporting(false);
    }
  };

  const remove = async () => {
    try {
      await deleteDraft.mutateAsync({ versionId: version.id });
      notifySuccess(t('prices.notices.draftDeleted', { label: version.label }));
      onSelect(null);
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  return (
    <Group gap="xs" wrap="wrap" justify="flex-end">
      <NewDraftButton from={version} onCreated={(draft) => onSelect(draft.id)} />
      {isDraft && (
        <Button leftSection={<IconSend size={16} />} onClick={onPublish} data-testid="version-publish">
          {t('prices.actions.publish')}
        </Button>
      )}
      {isDraft && (
        <ConfirmButton
          variant="light"
          color="red"
          leftSection={<IconTrash size={16} />}
          title={t('prices.actions.deleteDraftTitle')}
          message={t('prices.actions.deleteDraftConfirm', { label: version.label, count: version.itemCount })}
          onConfirm={remove}
          loading={deleteDraft.isPending}
          data-testid="version-delete-draft"
        >
          {t('prices.actions.deleteDraft')}
        </ConfirmButton>
      )}
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={18} />}
        loading={exporting}
        onClick={() => void exportVersion()}
        data-testid="version-export"
      >
        {t('prices.actions.exportExcel')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconArrowsDiff size={18} />}
        disabled={!canCompare}
        onClick={onCompare}
        data-testid="version-compare"
      >
        {t('prices.actions.compare')}
      </Button>
      <ImportButton
        versionId={version.id}
        onImported={(versionId) => {
          void client.invalidateQueries({ queryKey: ['prices.versions'] });
          onSelect(versionId);
        }}
      />
    </Group>
  );
}
