import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../../api/queries';
import classes from '../Library.module.css';
import { ListEntry, ListFrame, ListToolbar, NO_FILTERS, type ListFilters } from '../LibraryList';
import { allTags, hasTags } from '../library-model';
import { LibraryEditorPane } from '../shared/LibraryEditorPane';
import { SolutionEditor } from './SolutionEditor';

interface SolutionsTabProps {
  selected: number | 'new' | null;
  onSelect(selected: number | 'new' | null): void;
  onSaved(id: number): void;
  onDirty(dirty: boolean): void;
}

/** 解决方案: industry solutions, searchable and filterable by tag, and the one being edited. */
export function SolutionsTab({ selected, onSelect, onSaved, onDirty }: SolutionsTabProps) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  const [query] = useDebouncedValue(filters.search.trim(), 200);
  const solutions = useMethod('library.solutions', { query, includeArchived: filters.includeArchived });
  const all = useMethod('library.solutions', { query: '', includeArchived: true });
  const list = (solutions.data ?? []).filter((s) => hasTags(s, filters.tags));
  const open = typeof selected === 'number' ? all.data?.find((s) => s.id === selected) : undefined;
  const filtered = filters.search.trim() !== '' || filters.tags.length > 0;

  return (
    <div className={classes.layout}>
      <ListFrame
        toolbar={
          <ListToolbar
            filters={filters}
            onChange={setFilters}
            tagChoices={allTags(all.data ?? [])}
            searchLabel={t('libraryUi.solutions.search')}
            newLabel={t('libraryUi.solutions.new')}
            onNew={() => onSelect('new')}
            testId="solution-list"
          />
        }
        loading={!solutions.data && !solutions.error}
        error={solutions.error?.message ?? null}
        emptyText={filtered ? t('libraryUi.list.noMatch') : t('libraryUi.solutions.empty')}
        count={list.length}
      >
        <div data-testid="solution-list">
          {list.map((solution) => (
            <ListEntry
              key={solution.id}
              active={solution.id === selected}
              title={solution.name}
              subtitle={[
                solution.code,
                solution.industry,
                t('libraryUi.solutions.moduleCount', { count: solution.modules.length }),
              ]
                .filter((part) => part !== '')
                .join(' · ')}
              tags={solution.tags}
              archived={solution.archived}
              demo={solution.isDemo}
              onClick={() => onSelect(solution.id)}
              testId="solution-item"
              dataTitle={solution.name}
            />
          ))}
        </div>
      </ListFrame>
      <LibraryEditorPane
        selected={selected}
        open={open}
        loaded={!!all.data}
        notFoundText={t('libraryUi.solutions.notFound', { id: selected })}
        pickText={t('libraryUi.solutions.pick')}
        renderEditor={(entry, key) => <SolutionEditor key={key} solution={entry} onSaved={onSaved} onDirty={onDirty} />}
      />
    </div>
  );
}
