import { Button, Code, Group, Menu, ScrollArea, Text } from '@mantine/core';
import { IconBraces } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TABLE_FIELDS } from '../../../../../shared/contract-drafts/clause-text';
import { CONTRACT_MERGE_FIELDS } from '../../../../../shared/contract-drafts/merge';

const GROUP_KEYS = ['customer', 'company', 'contract', 'price', 'terms', 'milestones'] as const;

function groupOf(field: string): (typeof GROUP_KEYS)[number] {
  const prefix = field.split('.')[0] ?? '';
  if (prefix === 'quote') return 'contract';
  return (GROUP_KEYS as readonly string[]).includes(prefix) ? (prefix as (typeof GROUP_KEYS)[number]) : 'contract';
}

/**
 * 插入字段: every contract merge field with what it stands for, and the two tables (which must be
 * alone on their line). The chosen text is handed over to be put at the caret.
 */
export function ContractFieldMenu({ onInsert }: { onInsert(text: string, wholeLine: boolean): void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={340}>
      <Menu.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconBraces size={14} />}
          data-testid="clause-field-menu"
          // Keep the caret where it is in the text the field goes into.
          onMouseDown={(event) => event.preventDefault()}
        >
          {t('contractUi.clause.insertField')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <ScrollArea.Autosize mah={380} type="auto">
          {GROUP_KEYS.map((group) => (
            <div key={group}>
              <Menu.Label>{t(`contractUi.fieldGroups.${group}`)}</Menu.Label>
              {CONTRACT_MERGE_FIELDS.filter((f) => groupOf(f) === group).map((field) => (
                <Menu.Item key={field} onClick={() => onInsert(`{{${field}}}`, false)} data-testid={`field-${field}`}>
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    <Text size="sm">{t(`contracts.fields.${field}`)}</Text>
                    <Code fz="xs">{`{{${field}}}`}</Code>
                  </Group>
                </Menu.Item>
              ))}
            </div>
          ))}
          <Menu.Label>{t('contractUi.fieldGroups.tables')}</Menu.Label>
          {Object.entries(TABLE_FIELDS).map(([text, table]) => (
            <Menu.Item key={table} onClick={() => onInsert(text, true)} data-testid={`field-table-${table}`}>
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm">{t(`contractUi.clause.tables.${table}`)}</Text>
                <Code fz="xs">{text}</Code>
              </Group>
            </Menu.Item>
          ))}
        </ScrollArea.Autosize>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Puts `text` at the caret of a textarea (on a line of its own when asked) and returns the new value. */
export function insertAtCaret(input: HTMLTextAreaElement | null, value: string, text: string, wholeLine: boolean) {
  const start = input?.selectionStart ?? value.length;
  const end = input?.selectionEnd ?? value.length;
  const before = value.slice(0, start);
  const after = value.slice(end);
  const insert = wholeLine
    ? `${before === '' || before.endsWith('\n') ? '' : '\n'}${text}${after.startsWith('\n') || after === '' ? '' : '\n'}`
    : text;
  const caret = before.length + insert.length;
  if (input) {
    requestAnimationFrame(() => {
      input.focus();
      input.setSelectionRange(caret, caret);
    });
  }
  return before + insert + after;
}
