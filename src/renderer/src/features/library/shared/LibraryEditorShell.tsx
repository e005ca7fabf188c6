import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconCopy, IconDeviceFloppy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';

/** The saved entry the editor shows (null = a new one, not saved yet). */
interface SavedEntry {
  archived: boolean;
  updatedAt: string;
}

interface LibraryEditorShellProps {
  /** "solution" or "section": the test ids are `${testIdPrefix}-editor`, `-dirty`, `-save`, … */
  testIdPrefix: string;
  title: string;
  entry: SavedEntry | null;
  dirty: boolean;
  saving: boolean;
  duplicating: boolean;
  archiving: boolean;
  onSave(): void;
  onDuplicate(): void;
  onToggleArchive(): void;
  /** The errors no field shows, listed above the form (nothing when empty). */
  otherErrors: ReactNode[];
  /** Test id of that error list, when it has one. */
  errorsTestId?: string;
  children: ReactNode;
}

/**
 * The frame both library editors share: title with the archived and unsaved badges, duplicate /
 * archive (only once saved, and only without unsaved changes) and save buttons, the list of
 * errors no field shows, the form, and when it was last updated.
 */
export function LibraryEditorShell(props: LibraryEditorShellProps) {
  const { t, i18n } = useTranslation();
  const { testIdPrefix: prefix, entry, dirty } = props;
  const saveFirst = dirty ? t('libraryUi.unsaved.saveFirst') : undefined;

  return (
    <Paper withBorder radius="md" p="lg" bg="white" data-testid={`${prefix}-editor`}>
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Title order={4} lineClamp={1}>
              {props.title}
            </Title>
            {entry?.archived && (
              <Badge variant="light" color="gray">
                {t('libraryUi.list.archived')}
              </Badge>
            )}
            {dirty && (
              <Badge variant="light" color="orange" data-testid={`${prefix}-dirty`}>
                {t('libraryUi.unsaved.badge')}
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {entry && (
              <>
                <Button
                  variant="default"
                  size="sm"
                  leftSection={<IconCopy size={16} />}
                  onClick={props.onDuplicate}
                  loading={props.duplicating}
                  disabled={dirty}
                  title={saveFirst}
                  data-testid={`${prefix}-duplicate`}
                >
                  {t('libraryUi.list.duplicate')}
                </Button>
                <Button
                  variant="default"
                  size="sm"
                  leftSection={entry.archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                  onClick={props.onToggleArchive}
                  loading={props.archiving}
                  disabled={dirty}
                  title={saveFirst}
                  data-testid={`${prefix}-archive`}
                >
                  {entry.archived ? t('libraryUi.list.restore') : t('libraryUi.list.archive')}
                </Button>
              </>
            )}
            <Button
              size="sm"
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={props.onSave}
              loading={props.saving}
              disabled={!dirty}
              data-testid={`${prefix}-save`}
            >
              {t('libraryUi.common.save')}
            </Button>
          </Group>
        </Group>
        {props.otherErrors.length > 0 && (
          <Alert color="red" variant="light" data-testid={props.errorsTestId}>
            {props.otherErrors}
          </Alert>
        )}
        {props.children}
        {entry && (
          <Text size="xs" c="dimmed">
            {t('libraryUi.list.updated', { at: formatDateTime(entry.updatedAt, i18n.language) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
