import { useMemo, useState, type RefObject } from 'react';
import type { QuoteContent } from '../../../../../shared/quotes/quote';
import type { EditFix } from '../editor/use-quote-draft';
import { moveSection, removeSection, renameSection } from '../model/content-ops';
import type { GridState } from './grid-state';
import type { SectionHandlers } from './SectionRows';
import type { DragHandlers } from './use-line-drag';

interface SectionHandlersOptions {
  state: RefObject<GridState>;
  drag: DragHandlers;
  edit(change: (content: QuoteContent) => QuoteContent, fix?: EditFix): void;
  onCurrentSection(sectionId: string): void;
}

export interface SectionActions {
  handlers: SectionHandlers;
  /** The section whose deletion waits for confirmation (it has lines). */
  deleteSectionId: string | null;
  cancelDelete(): void;
  confirmDelete(): void;
}

/** What a section row does: select, rename, move, delete (asking first when it has lines), take a dropped line. */
export function useSectionHandlers({ state, drag, edit, onCurrentSection }: SectionHandlersOptions): SectionActions {
  const [deleteSectionId, setDeleteSectionId] = useState<string | null>(null);

  const handlers = useMemo<SectionHandlers>(
    () => ({
      select: onCurrentSection,
      rename(sectionId, title) {
        edit((c) => renameSection(c, sectionId, title), { other: `sections.${sectionId}` });
      },
      move(sectionId, delta) {
        edit((c) => moveSection(c, sectionId, delta));
      },
      remove(sectionId) {
        const count = state.current.content.lines.filter((l) => l.sectionId === sectionId).length;
        if (count === 0) edit((c) => removeSection(c, sectionId));
        else setDeleteSectionId(sectionId);
      },
      dragOverSection: drag.dragOverSection,
      drop: drag.drop,
    }),
    [drag, edit, onCurrentSection, state],
  );

  const cancelDelete = () => setDeleteSectionId(null);
  const confirmDelete = () => {
    const id = deleteSectionId;
    setDeleteSectionId(null);
    if (id) edit((c) => removeSection(c, id));
  };

  return { handlers, deleteSectionId, cancelDelete, confirmDelete };
}
