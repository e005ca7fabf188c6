import { ActionIcon, Button, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorAt, moveSection, newId } from '../model/proposal-model';
import { RowMoveButtons, type SectionEditorProps } from './common';
import classes from './sections.module.css';

/** 项目风险与应对: each risk with how it is handled. */
export function RisksEditor({ section, change, data, at }: SectionEditorProps<'risks'>) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);
  type Row = (typeof section.rows)[number];
  const changeRow = (id: string, patch: Partial<Row>) =>
    change((s) => ({ ...s, rows: s.rows.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));
  return (
    <Stack gap="sm">
      <Table withTableBorder verticalSpacing={6} className={classes.rowsTable} data-testid="risks-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={28}>#</Table.Th>
            <Table.Th w="38%">{t('libraryUi.risks.risk')}</Table.Th>
            <Table.Th>{t('libraryUi.risks.mitigation')}</Table.Th>
            <Table.Th w={76} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {section.rows.map((row, index) => (
            <Table.Tr key={row.id} data-testid="risk-row">
              <Table.Td>
                <Text size="sm" c="dimmed" mt={6}>
                  {index + 1}
                </Text>
              </Table.Td>
              <Table.Td>
                <Textarea
                  aria-label={t('libraryUi.risks.risk')}
                  value={row.risk}
                  autoFocus={row.id === added}
                  autosize
                  minRows={1}
                  maxRows={5}
                  maxLength={300}
                  error={errorAt(data.errors, `${at}.rows.${row.id}.risk`)}
                  onChange={(event) => changeRow(row.id, { risk: event.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <Textarea
                  aria-label={t('libraryUi.risks.mitigation')}
                  value={row.mitigation}
                  autosize
                  minRows={1}
                  maxRows={6}
                  maxLength={500}
                  error={errorAt(data.errors, `${at}.rows.${row.id}.mitigation`)}
                  onChange={(event) => changeRow(row.id, { mitigation: event.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <Stack gap={0} align="flex-end">
                  <RowMoveButtons
                    index={index}
                    count={section.rows.length}
                    onMove={(to) => change((s) => ({ ...s, rows: moveSection(s.rows, index, to) }))}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t('libraryUi.common.remove')}
                    onClick={() => change((s) => ({ ...s, rows: s.rows.filter((r) => r.id !== row.id) }))}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
          {section.rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={4}>
                <Text size="sm" c="dimmed" ta="center">
                  {t('libraryUi.risks.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} />}
        style={{ alignSelf: 'flex-start' }}
        disabled={section.rows.length >= 50}
        onClick={() => {
          const id = newId('k');
          setAdded(id);
          change((s) => ({ ...s, rows: [...s.rows, { id, risk: '', mitigation: '' }] }));
        }}
        data-testid="risk-add"
      >
        {t('libraryUi.risks.add')}
      </Button>
    </Stack>
  );
}
