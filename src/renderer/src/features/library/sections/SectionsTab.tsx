import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIBRARY_KINDS, type LibrarySection } from '../../../../../shared/api/library';
import { useMethod } from '../../../api/queries';
import { formatDateTime } from '../../../components/format';
import classes from '../Library.module.css';
import { ListEntry, ListFrame, ListToolbar, NO_FILTERS, type ListFilters } from '../LibraryList';
import { allTags, hasTags } from '../library-model';
import { LibraryEditorPane } from '../shared/LibraryEditorPane';
import { SectionEditor } from './SectionEditor';

interface SectionsTabProps {
  selected: number | 'new' | null;
  onSelect(selected: number | 'new' | null): void;
  onSaved(id: number): void;
  onDirty(dirty: boolean): void;
}

/** 资料章节: reusable sections grouped by kind, searchable in Chinese, and the one being edited. */
export function SectionsTab({ selected, onSelect, onSaved, onDirty }: SectionsTabProps) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  const [query] = useDebouncedValue(filters.search.trim(), 200);
  const sections = useMethod('library.sections', { query, includeArchived: filters.includeArchived });
  // The open section even when the filter hides it (just archived, or not matching the search).
  const all = useMethod('library.sections', { query: '', includeArchived: true });
  const list = (sections.data ?? []).filter((s) => hasTags(s, filters.tags));
  const open = typeof selected === 'number' ? all.data?.find((s) => s.id === selected) : undefined;
  const grouped = LIBRARY_KINDS.map((kind) => ({ kind, items: list.filter((s) => s.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  const filtered = filters.search.trim() !== '' || filters.tags.length > 0;

  return (
    <div className={classes.layout}>
      <ListFrame
        toolbar={
          <ListToolbar
            filters={filters}
            onChange={setFilters}
            tagChoices={allTags(all.data ?? [])}
            searchLabel={t('libraryUi.sections.search')}
            newLabel={t('libraryUi.sections.new')}
            onNew={() => onSelect('new')}
            testId="section-list"
          />
        }
        loading={!sections.data && !sections.error}
        error={sections.error?.message ?? null}
        emptyText={filtered ? t('libraryUi.list.noMatch') : t('libraryUi.sections.empty')}
        count={list.length}
      >
        <div data-testid="section-list">
          {grouped.map((group) => (
            <div key={group.kind} data-testid="section-group" data-kind={group.kind}>
              <div className={classes.group}>
                {t(`library.kinds.${group.kind}`)} · {group.items.length}
              </div>
              {group.items.map((section: LibrarySection) => (
                <ListEntry
                  key={section.id}
                  active={section.id === selected}
                  title={section.title}
                  subtitle={t('libraryUi.list.updated', { at: formatDateTime(section.updatedAt, i18n.language) })}
                  tags={section.tags}
                  archived={section.archived}
                  demo={section.isDemo}
                  onClick={() => onSelect(section.id)}
                  testId="section-item"
                  dataTitle={section.title}
                />
              ))}
            </div>
          ))}
        </div>
      </ListFrame>
      <LibraryEditorPane
        selected={selected}
        open={open}
        loaded={!!all.data}
        notFoundText={t('libraryUi.sections.notFound', { id: selected })}
        pickText={t('libraryUi.sections.pick')}
        renderEditor={(entry, key) => <SectionEditor key={key} section={entry} onSaved={onSaved} onDirty={onDirty} />}
      />
    </div>
  );
}
