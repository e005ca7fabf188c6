import {
  Badge,
  Button,
  Center,
  Group,
  Loader,
  MultiSelect,
  Paper,
  ScrollArea,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './Library.module.css';

export interface ListFilters {
  search: string;
  tags: string[];
  includeArchived: boolean;
}

export const NO_FILTERS: ListFilters = { search: '', tags: [], includeArchived: false };

/** Search, tag filter and "show archived" above a library list, and the button for a new entry. */
export function ListToolbar({
  filters,
  onChange,
  tagChoices,
  searchLabel,
  newLabel,
  onNew,
  testId,
}: {
  filters: ListFilters;
  onChange(filters: ListFilters): void;
  tagChoices: string[];
  searchLabel: string;
  newLabel: string;
  onNew(): void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" p="sm" className={classes.listToolbar}>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          placeholder={searchLabel}
          aria-label={searchLabel}
          leftSection={<IconSearch size={16} />}
          value={filters.search}
          onChange={(event) => onChange({ ...filters, search: event.currentTarget.value })}
          maxLength={100}
          style={{ flex: 1 }}
          data-testid={`${testId}-search`}
        />
        <Tooltip label={newLabel} withinPortal>
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={onNew}
            aria-label={newLabel}
            style={{ flexShrink: 0 }}
            data-testid={`${testId}-new`}
          >
            {t('libraryUi.list.new')}
          </Button>
        </Tooltip>
      </Group>
      <Group gap="xs" wrap="nowrap" align="center">
        <MultiSelect
          placeholder={filters.tags.length === 0 ? t('libraryUi.list.allTags') : undefined}
          aria-label={t('libraryUi.list.tags')}
          data={[...new Set([...filters.tags, ...tagChoices])]}
          value={filters.tags}
          onChange={(tags) => onChange({ ...filters, tags })}
          searchable
          clearable
          size="xs"
          style={{ flex: 1 }}
          comboboxProps={{ withinPortal: true }}
          data-testid={`${testId}-tags`}
        />
        <Switch
          size="xs"
          label={t('libraryUi.list.showArchived')}
          checked={filters.includeArchived}
          onChange={(event) => onChange({ ...filters, includeArchived: event.currentTarget.checked })}
          data-testid={`${testId}-archived`}
        />
      </Group>
    </Stack>
  );
}

/** The list column: toolbar on top, entries scrolling below it. */
export function ListFrame({
  toolbar,
  loading,
  error,
  emptyText,
  count,
  children,
}: {
  toolbar: ReactNode;
  loading: boolean;
  error: string | null;
  emptyText: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" className={classes.listColumn}>
      {toolbar}
      <ScrollArea.Autosize mah="calc(100vh - 300px)" type="auto" offsetScrollbars>
        {error && (
          <Text c="red.7" size="sm" p="md">
            {error}
          </Text>
        )}
        {loading && (
          <Center h={120}>
            <Loader size="sm" />
          </Center>
        )}
        {!loading && !error && count === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="xl" px="md">
            {emptyText}
          </Text>
        )}
        {children}
      </ScrollArea.Autosize>
    </Paper>
  );
}

/** One entry of a library list. */
export function ListEntry({
  active,
  title,
  subtitle,
  tags,
  archived,
  demo,
  onClick,
  testId,
  dataTitle,
}: {
  active: boolean;
  title: ReactNode;
  subtitle?: ReactNode;
  tags: string[];
  archived: boolean;
  demo: boolean;
  onClick(): void;
  testId: string;
  dataTitle: string;
}) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      className={classes.entry}
      data-active={active || undefined}
      onClick={onClick}
      data-testid={testId}
      data-title={dataTitle}
      aria-current={active || undefined}
    >
      <Group gap={6} wrap="nowrap" justify="space-between" align="flex-start">
        <Text size="sm" fw={600} lineClamp={2} c={archived ? 'dimmed' : undefined}>
          {title}
        </Text>
        <Group gap={4} wrap="nowrap">
          {archived && (
            <Badge size="xs" variant="light" color="gray">
              {t('libraryUi.list.archived')}
            </Badge>
          )}
          {demo && (
            <Badge size="xs" variant="light" color="orange">
              {t('demo.badge')}
            </Badge>
          )}
        </Group>
      </Group>
      {subtitle && (
        <Text size="xs" c="dimmed" lineClamp={1} mt={2}>
          {subtitle}
        </Text>
      )}
      {tags.length > 0 && (
        <Group gap={4} mt={6}>
          {tags.slice(0, 4).map((tag) => (
            <Badge key={tag} size="xs" variant="outline" color="indigo" radius="sm" tt="none">
              {tag}
            </Badge>
          ))}
          {tags.length > 4 && (
            <Text size="xs" c="dimmed">
              +{tags.length - 4}
            </Text>
          )}
        </Group>
      )}
    </UnstyledButton>
  );
}
