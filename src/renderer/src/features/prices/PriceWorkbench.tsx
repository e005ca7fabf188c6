import { Badge, Button, Group, Loader, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceItem, PriceListVersion } from '../../../../shared/api/prices';
import { ITEM_TYPES, type ItemType } from '../../../../shared/prices/catalogue';
import { request } from '../../api/client';
import { useMethod } from '../../api/queries';
import { CompareModal } from './CompareModal';
import { ItemEditor } from './ItemEditor';
import { useCreateDraft, VersionActions } from './PriceActions';
import { PriceTable } from './PriceTable';
import { PublishModal } from './PublishModal';
import { usePagedItems, type ItemFilter, type SortField } from './use-paged-items';
import { VersionBadges, VersionSelect, versionMeta } from './VersionSelect';

/** Search as you type, but ask the database only once the typing pauses. */
const SEARCH_DEBOUNCE_MS = 150;

function isItemType(value: string | null): value is ItemType {
  return (ITEM_TYPES as readonly (string | null)[]).includes(value);
}

interface EditorState {
  opened: boolean;
  item: PriceItem | null;
  session: number;
}

interface PriceWorkbenchProps {
  versions: PriceListVersion[];
  version: PriceListVersion;
  onSelect(versionId: number | null): void;
}

export function PriceWorkbench({ versions, version, onSelect }: PriceWorkbenchProps) {
  const { t } = useTranslation();
  const categories = useMethod('prices.categories', {});
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [type, setType] = useState<ItemType | null>(null);
  // Until the user clicks a column, a search lists the best matches first (exact code, then names…).
  const [sort, setSort] = useState<{ field: SortField; descending: boolean; chosen: boolean }>({
    field: 'code',
    descending: false,
    chosen: false,
  });
  const sortField: SortField = sort.chosen ? sort.field : query ? 'relevance' : 'code';
  const [showInternal, setShowInternal] = useState(true);
  const [editor, setEditor] = useState<EditorState>({ opened: false, item: null, session: 0 });
  const [publishOpened, setPublishOpened] = useState(false);
  const [compareOpened, setCompareOpened] = useState(false);
  const createDraft = useCreateDraft();

  const filter: ItemFilter = {
    versionId: version.id,
    query,
    categoryId,
    type,
    sort: sortField,
    descending: sort.descending,
  };
  const counted = usePagedItems(filter, 0, 0);
  const isDraft = version.status === 'draft';

  const openEditor = (item: PriceItem | null) =>
    setEditor((previous) => ({ opened: true, item, session: previous.session + 1 }));
  const closeEditor = () => setEditor((previous) => ({ ...previous, opened: false }));

  const toggleSort = (field: SortField) =>
    setSort((previous) =>
      previous.chosen && previous.field === field
        ? { field, descending: !previous.descending, chosen: true }
        : { field, descending: false, chosen: true },
    );

  const toggleInternal = (show: boolean) => {
    setShowInternal(show);
    // The margin column goes away with the internal figures; so does sorting by it.
    if (!show && sort.field === 'margin') setSort({ field: 'code', descending: false, chosen: false });
  };

  /** From the read-only editor: start a draft from this version and reopen the same item in it. */
  const startDraftFrom = async (item: PriceItem | null) => {
    const draft = await createDraft.run(version);
    if (!draft) return;
    onSelect(draft.id);
    if (!item) {
      closeEditor();
      return;
    }
    const found = await request('prices.items', { versionId: draft.id, query: item.code, limit: 50 }).catch(() => null);
    const same = found?.rows.find((row) => row.code === item.code) ?? null;
    if (same) openEditor(same);
    else closeEditor();
  };

  return (
    <Stack
      gap="sm"
      h="calc(100vh - var(--app-shell-header-height, 64px) - 2 * var(--mantine-spacing-lg))"
      data-testid="prices-page"
    >
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Group gap="md" wrap="nowrap">
          <Title order={2} style={{ whiteSpace: 'nowrap' }}>
            {t('prices.title')}
          </Title>
          <VersionSelect versions={versions} value={version.id} onChange={onSelect} />
          <Stack gap={2}>
            <VersionBadges version={version} />
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="version-meta">
              {versionMeta(version, t)}
            </Text>
          </Stack>
        </Group>
        <VersionActions
          version={version}
          onSelect={onSelect}
          onPublish={() => setPublishOpened(true)}
          onCompare={() => setCompareOpened(true)}
          canCompare={versions.length > 1}
        />
      </Group>

      <Group gap="sm" wrap="nowrap" data-testid="prices-toolbar">
        <TextInput
          placeholder={t('prices.toolbar.search')}
          aria-label={t('prices.toolbar.search')}
          leftSection={<IconSearch size={16} />}
          rightSection={counted.refreshing && search.trim() !== '' ? <Loader size={14} /> : null}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maxLength={100}
          style={{ flex: 1, minWidth: 200 }}
          data-testid="prices-search"
        />
        <Select
          aria-label={t('prices.toolbar.category')}
          placeholder={t('prices.toolbar.allCategories')}
          data={(categories.data ?? []).map((category) => ({ value: String(category.id), label: category.name }))}
          value={categoryId === null ? null : String(categoryId)}
          onChange={(value) => setCategoryId(value === null ? null : Number(value))}
          clearable
          w={150}
          data-testid="prices-category"
        />
        <Select
          aria-label={t('prices.toolbar.type')}
          placeholder={t('prices.toolbar.allTypes')}
          data={ITEM_TYPES.map((value) => ({ value, label: t(`prices.types.${value}`) }))}
          value={type}
          onChange={(value) => setType(isItemType(value) ? value : null)}
          clearable
          w={140}
          data-testid="prices-type"
        />
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="prices-total">
          {counted.total === null
            ? ''
            : t('prices.toolbar.total', { count: counted.total, n: counted.total.toLocaleString('en-US') })}
        </Text>
        <Switch
          checked={showInternal}
          onChange={(event) => toggleInternal(event.currentTarget.checked)}
          label={
            <Group gap={6} wrap="nowrap">
              <span style={{ whiteSpace: 'nowrap' }}>{t('prices.toolbar.showInternal')}</span>
              <Badge size="xs" variant="light" color="orange">
                {t('prices.toolbar.internal')}
              </Badge>
            </Group>
          }
          data-testid="prices-show-internal"
        />
        {isDraft && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => openEditor(null)} data-testid="prices-add-item">
            {t('prices.actions.addItem')}
          </Button>
        )}
      </Group>

      <Paper withBorder radius="md" style={{ flex: 1, minHeight: 0, overflow: 'hidden' }}>
        <PriceTable
          filter={filter}
          showInternal={showInternal}
          filtered={query !== '' || categoryId !== null || type !== null}
          selectedId={editor.opened ? (editor.item?.id ?? null) : null}
          onOpen={openEditor}
          onSort={toggleSort}
        />
      </Paper>

      <ItemEditor
        version={version}
        session={editor.session}
        item={editor.item}
        opened={editor.opened}
        showInternal={showInternal}
        onClose={closeEditor}
        onStartDraft={(item) => void startDraftFrom(item)}
      />
      <PublishModal
        opened={publishOpened}
        version={version}
        onClose={() => setPublishOpened(false)}
        onPublished={() => setPublishOpened(false)}
      />
      <CompareModal
        opened={compareOpened}
        versions={versions}
        selectedId={version.id}
        onClose={() => setCompareOpened(false)}
      />
    </Stack>
  );
}
