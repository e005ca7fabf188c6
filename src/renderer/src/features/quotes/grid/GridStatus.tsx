import { Button, Group, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GridNote } from './grid-state';

interface GridStatusProps {
  note: GridNote;
  /** The error on the active cell from the last failed save. */
  activeLineError: string | undefined;
  editable: boolean;
  canUndo: boolean;
  onUndo(): void;
}

/** The line under the grid: the latest note (or the keyboard help) and the undo of a removed line. */
export function GridStatus({ note, activeLineError, editable, canUndo, onUndo }: GridStatusProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" gap="xs" px="sm" py={6} wrap="nowrap" mih={36} data-testid="grid-status">
      <Text
        size="xs"
        c={note?.kind === 'error' || activeLineError ? 'red.7' : 'dimmed'}
        truncate
        data-testid="grid-note"
      >
        {note?.text ?? activeLineError ?? (editable ? t('quoteUi.grid.keyboardHelp') : '')}
      </Text>
      {canUndo && editable && (
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconArrowBackUp size={14} />}
          onClick={onUndo}
          data-testid="grid-undo"
        >
          {t('quoteUi.grid.undo')}
        </Button>
      )}
    </Group>
  );
}
