import { Center, Loader, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface LibraryEditorPaneProps<E> {
  selected: number | 'new' | null;
  /** The selected entry once the list holding every entry has it; undefined while loading or when it is gone. */
  open: E | undefined;
  /** Whether that list has loaded (a missing entry is then really missing). */
  loaded: boolean;
  notFoundText: string;
  pickText: string;
  /** The editor: for the open entry, or for a new one (null). */
  renderEditor(entry: E | null, key: string): ReactNode;
}

/**
 * The right half of a library tab: the editor of what is selected, a new entry's editor, or a line
 * that says to pick one (or that the chosen one no longer exists).
 */
export function LibraryEditorPane<E extends { id: number; updatedAt: string }>({
  selected,
  open,
  loaded,
  notFoundText,
  pickText,
  renderEditor,
}: LibraryEditorPaneProps<E>) {
  if (selected === 'new') return renderEditor(null, 'new');
  if (selected === null) {
    return (
      <Paper withBorder radius="md" p="xl" bg="white">
        <Text c="dimmed" ta="center" size="sm">
          {pickText}
        </Text>
      </Paper>
    );
  }
  if (open) return renderEditor(open, `${open.id}-${open.updatedAt}`);
  return (
    <Paper withBorder radius="md" p="xl">
      {loaded ? (
        <Text c="dimmed" ta="center">
          {notFoundText}
        </Text>
      ) : (
        <Center>
          <Loader size="sm" />
        </Center>
      )}
    </Paper>
  );
}
