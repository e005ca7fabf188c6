import { Button, Group, Loader, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconDeviceFloppy, IconPointFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './use-autosave-draft';

export interface SaveIndicatorProps {
  status: SaveStatus;
  /** The message of the last failed save, shown on hover. */
  error: string | null;
  /** The feature's texts: `<textKey>.saved`, `.dirty`, `.saving`, `.failed`, `.retry` and `.saveNow`. */
  textKey: string;
  /** Shown instead of the "unsaved" text while autosave waits for something to be fixed; null = it does not. */
  heldText: string | null;
  /** Whether "save now" is offered while autosave waits (the save then tries and the server says why not). */
  saveWhenHeld: boolean;
  /** How many problems hold the save, as `data-held` (for the features that count them). */
  heldCount?: number;
  statusTestId: string;
  saveNowTestId: string;
  onSave(): void;
}

/** Saved / unsaved / saving / failed, always in view; a failed or pending save can be tried now. */
export function SaveIndicator({
  status,
  error,
  textKey,
  heldText,
  saveWhenHeld,
  heldCount,
  statusTestId,
  saveNowTestId,
  onSave,
}: SaveIndicatorProps) {
  const { t } = useTranslation();
  const content = {
    saved: { icon: <IconCheck size={14} />, color: 'teal.7', text: t(`${textKey}.saved`) },
    dirty: { icon: <IconPointFilled size={14} />, color: 'orange.7', text: heldText ?? t(`${textKey}.dirty`) },
    saving: { icon: <Loader size={12} />, color: 'dimmed', text: t(`${textKey}.saving`) },
    failed: { icon: <IconAlertCircle size={14} />, color: 'red.7', text: t(`${textKey}.failed`) },
  }[status];
  return (
    <Group gap={6} wrap="nowrap" data-testid={statusTestId} data-status={status} data-held={heldCount}>
      <Tooltip label={error ?? ''} disabled={!error} multiline maw={360} withinPortal>
        <Group gap={4} wrap="nowrap">
          <Text c={content.color} span style={{ display: 'inline-flex' }}>
            {content.icon}
          </Text>
          <Text size="sm" c={content.color} style={{ whiteSpace: 'nowrap' }}>
            {content.text}
          </Text>
        </Group>
      </Tooltip>
      {((status === 'dirty' && (heldText === null || saveWhenHeld)) || status === 'failed') && (
        <Button
          size="compact-xs"
          variant={status === 'failed' ? 'filled' : 'light'}
          color={status === 'failed' ? 'red' : undefined}
          leftSection={<IconDeviceFloppy size={12} />}
          onClick={onSave}
          data-testid={saveNowTestId}
        >
          {status === 'failed' ? t(`${textKey}.retry`) : t(`${textKey}.saveNow`)}
        </Button>
      )}
    </Group>
  );
}
