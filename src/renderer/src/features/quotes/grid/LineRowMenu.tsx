import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QuoteLine } from '../../../../../shared/quotes/quote';
import type { RowHandlers } from './row-types';

/** The row's ⋯ menu: move up/down, edit a custom line, remove. */
export function LineRowMenu({
  line,
  first,
  last,
  handlers,
}: {
  line: QuoteLine;
  first: boolean;
  last: boolean;
  handlers: RowHandlers;
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('quoteUi.grid.rowMenu')}
          data-testid="line-menu"
        >
          <IconDots size={14} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconArrowUp size={14} />}
          disabled={first}
          onClick={() => handlers.action('up', line.id)}
          data-testid="line-move-up"
        >
          {t('quoteUi.grid.moveUp')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArrowDown size={14} />}
          disabled={last}
          onClick={() => handlers.action('down', line.id)}
          data-testid="line-move-down"
        >
          {t('quoteUi.grid.moveDown')}
        </Menu.Item>
        {line.kind === 'custom' && (
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => handlers.action('editCustom', line.id)}>
            {t('quoteUi.grid.editCustom')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={14} />}
          onClick={() => handlers.action('remove', line.id)}
          data-testid="line-remove"
        >
          {t('quoteUi.grid.remove')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
