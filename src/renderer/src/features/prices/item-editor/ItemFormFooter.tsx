import { Button, Group } from '@mantine/core';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PriceItem } from '../../../../../shared/api/prices';
import { ConfirmButton } from '../../../components/ConfirmButton';

/** The editor's sticky bottom bar: delete on the left; cancel/close and save on the right. */
export function ItemFormFooter({
  item,
  readOnly,
  saving,
  deleting,
  onDelete,
  onClose,
}: {
  item: PriceItem | null;
  readOnly: boolean;
  saving: boolean;
  deleting: boolean;
  onDelete(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Group
      justify="space-between"
      py="sm"
      style={{
        position: 'sticky',
        bottom: 0,
        zIndex: 3,
        background: 'var(--mantine-color-body)',
        borderTop: '1px solid var(--mantine-color-gray-3)',
      }}
    >
      <div>
        {!readOnly && item && (
          <ConfirmButton
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            title={t('prices.editor.deleteTitle')}
            message={t('prices.editor.deleteConfirm', { code: item.code, name: item.name })}
            onConfirm={onDelete}
            loading={deleting}
            data-testid="price-editor-delete"
          >
            {t('prices.editor.delete')}
          </ConfirmButton>
        )}
      </div>
      <Group gap="sm">
        <Button variant="default" onClick={onClose} data-testid="price-editor-cancel">
          {readOnly ? t('prices.editor.close') : t('prices.editor.cancel')}
        </Button>
        {!readOnly && (
          <Button
            type="submit"
            loading={saving}
            leftSection={<IconDeviceFloppy size={18} />}
            data-testid="price-editor-save"
          >
            {t('prices.editor.save')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
