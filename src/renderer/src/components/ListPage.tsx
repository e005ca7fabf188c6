import { Alert, Button, Center, Group, Loader, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';

/** Extra `data-*` attributes of a row, for tests. */
type RowData = Record<`data-${string}`, string | number | undefined>;

interface ListColumn {
  label: string;
  right?: boolean;
}

interface ListPageProps<T extends { id: number }> {
  /** Test ids read `${testIdPrefix}-list-page`, `-new`, `-search`, `-list-empty`, `-list`, `-row`. */
  testIdPrefix: string;
  title: string;
  intro: string;
  newLabel: string;
  newIcon: ReactNode;
  onNew(): void;
  searchLabel: string;
  /** The rows, or the read's error while none came. */
  data: readonly T[] | undefined;
  error: Error | null;
  /** Whether a row matches the search text (trimmed, lower case, never empty). */
  matches(item: T, needle: string): boolean;
  empty: string;
  noMatch: string;
  columns: readonly ListColumn[];
  rowData(item: T): RowData;
  /** The row's cells, one per column. */
  cells(item: T): ReactNode;
  onOpen(id: number): void;
  /** What stands below the table: the new-item dialog. */
  children?: ReactNode;
}

/** A page of records: title and intro, a "new" button, a search box, and a table whose rows open. */
export function ListPage<T extends { id: number }>(props: ListPageProps<T>) {
  const { testIdPrefix: prefix, data, error, onOpen } = props;
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const list = (data ?? []).filter((item) => needle === '' || props.matches(item, needle));

  return (
    <Stack gap="md" data-testid={`${prefix}-list-page`}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{props.title}</Title>
          <Text size="sm" c="dimmed">
            {props.intro}
          </Text>
        </Stack>
        <Button leftSection={props.newIcon} onClick={props.onNew} data-testid={`${prefix}-new`}>
          {props.newLabel}
        </Button>
      </Group>
      <TextInput
        placeholder={props.searchLabel}
        aria-label={props.searchLabel}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maxLength={100}
        data-testid={`${prefix}-search`}
      />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {error && <Alert color="red">{error.message}</Alert>}
        {!data && !error && (
          <Center h={160}>
            <Loader />
          </Center>
        )}
        {data && list.length === 0 && (
          <Text c="dimmed" ta="center" py={48} data-testid={`${prefix}-list-empty`}>
            {needle ? props.noMatch : props.empty}
          </Text>
        )}
        {list.length > 0 && (
          <Table highlightOnHover verticalSpacing="sm" data-testid={`${prefix}-list`}>
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((column) => (
                  <Table.Th key={column.label} ta={column.right ? 'right' : undefined}>
                    {column.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((item) => (
                <Table.Tr
                  key={item.id}
                  onClick={() => onOpen(item.id)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') onOpen(item.id);
                  }}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  data-testid={`${prefix}-row`}
                  {...props.rowData(item)}
                >
                  {props.cells(item)}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {props.children}
    </Stack>
  );
}
