import { Button, Code, Group, Menu, ScrollArea, Text } from '@mantine/core';
import { IconBraces } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MERGE_FIELD_NAMES, type MergeFieldName } from '../../../../shared/proposals/merge-fields';

const GROUPS: { key: string; fields: MergeFieldName[] }[] = [
  { key: 'customer', fields: MERGE_FIELD_NAMES.filter((f) => f.startsWith('customer.')) },
  { key: 'company', fields: MERGE_FIELD_NAMES.filter((f) => f.startsWith('company.')) },
  { key: 'quote', fields: MERGE_FIELD_NAMES.filter((f) => f.startsWith('quote.')) },
  {
    key: 'other',
    fields: MERGE_FIELD_NAMES.filter((f) => !/^(customer|company|quote)\./.test(f)),
  },
];

/** "插入字段": every merge field with what it is replaced by; the chosen `{{field}}` is handed over. */
export function MergeFieldMenu({
  onInsert,
  size = 'compact-sm',
  disabled,
  testId = 'merge-field-menu',
}: {
  onInsert(field: MergeFieldName): void;
  size?: 'compact-xs' | 'compact-sm' | 'xs';
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={320}>
      <Menu.Target>
        <Button
          variant="subtle"
          size={size}
          leftSection={<IconBraces size={14} />}
          disabled={disabled}
          data-testid={testId}
          // Keep the caret where it is in the field the value goes into.
          onMouseDown={(event) => event.preventDefault()}
        >
          {t('libraryUi.editor.insertField')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <ScrollArea.Autosize mah={360} type="auto">
          {GROUPS.map((group) => (
            <div key={group.key}>
              <Menu.Label>{t(`libraryUi.fieldGroups.${group.key}`)}</Menu.Label>
              {group.fields.map((field) => (
                <Menu.Item key={field} onClick={() => onInsert(field)} data-testid={`merge-field-${field}`}>
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    <Text size="sm">{t(`libraryUi.fields.${field}`)}</Text>
                    <Code fz="xs">{`{{${field}}}`}</Code>
                  </Group>
                </Menu.Item>
              ))}
            </div>
          ))}
        </ScrollArea.Autosize>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Puts `{{field}}` at the caret of an input (or at its end) and returns the new value. */
export function insertAtCaret(input: HTMLInputElement | HTMLTextAreaElement | null, value: string, text: string) {
  const start = input?.selectionStart ?? value.length;
  const end = input?.selectionEnd ?? value.length;
  const next = value.slice(0, start) + text + value.slice(end);
  if (input) {
    requestAnimationFrame(() => {
      input.focus();
      input.setSelectionRange(start + text.length, start + text.length);
    });
  }
  return next;
}
