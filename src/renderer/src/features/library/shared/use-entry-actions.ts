import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/notify';

interface LibraryEntry {
  id: number;
  archived: boolean;
}

interface EntryActionsOptions<E extends LibraryEntry> {
  /** The entry in the editor; null while it is new (nothing to copy or archive yet). */
  entry: E | null;
  duplicate: { mutateAsync(input: { id: number }): Promise<E>; isPending: boolean };
  archive: { mutateAsync(input: { id: number; archived: boolean }): Promise<E>; isPending: boolean };
  /** The notice once the copy exists ("已复制为 …"). */
  duplicatedNotice(created: E): string;
  /** Opens the copy in the editor. */
  onSaved(id: number): void;
}

/**
 * A library editor's 复制 and 归档/恢复, as LibraryEditorShell takes them: each says what happened,
 * or why it failed.
 */
export function useEntryActions<E extends LibraryEntry>(options: EntryActionsOptions<E>) {
  const { t } = useTranslation();
  const { entry, duplicate, archive, duplicatedNotice, onSaved } = options;

  const copy = async () => {
    if (!entry) return;
    try {
      const created = await duplicate.mutateAsync({ id: entry.id });
      notifySuccess(duplicatedNotice(created));
      onSaved(created.id);
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  const toggleArchive = async () => {
    if (!entry) return;
    try {
      const updated = await archive.mutateAsync({ id: entry.id, archived: !entry.archived });
      notifySuccess(t(updated.archived ? 'libraryUi.list.archivedNotice' : 'libraryUi.list.restoredNotice'));
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  return {
    onDuplicate: () => void copy(),
    onToggleArchive: () => void toggleArchive(),
    duplicating: duplicate.isPending,
    archiving: archive.isPending,
  };
}
