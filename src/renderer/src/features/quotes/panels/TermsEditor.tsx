import { Button, Group, Menu, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconChevronDown, IconTemplate } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteTemplate } from '../../../../../shared/api/quotes';
import { useMethod } from '../../../api/queries';

type Kind = 'terms' | 'notes';

/** Where a template goes: at the cursor, on lines of its own. */
function insertAt(value: string, insert: string, at: number | null): string {
  if (value.trim() === '') return insert;
  const position = at ?? value.length;
  const before = value.slice(0, position);
  const after = value.slice(position);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after === '' || after.startsWith('\n') ? '' : '\n';
  return `${before}${lead}${insert}${trail}${after}`;
}

function TextBlock({
  kind,
  value,
  editable,
  error,
  templates,
  onChange,
}: {
  kind: Kind;
  value: string;
  editable: boolean;
  error: string | undefined;
  templates: QuoteTemplate[];
  onChange(value: string): void;
}) {
  const { t } = useTranslation();
  /** Where the cursor was when the text area was left (the menu takes the focus). */
  const caret = useRef<number | null>(null);
  const mine = templates.filter((tpl) => tpl.kind === kind);
  const insert = (template: QuoteTemplate) => {
    const at = caret.current !== null && caret.current <= value.length ? caret.current : null;
    onChange(insertAt(value, template.body, at));
    caret.current = null;
  };
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t(`quoteUi.terms.${kind}`)}
        </Text>
        {editable && (
          <Menu position="bottom-end" withinPortal shadow="md">
            <Menu.Target>
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconTemplate size={14} />}
                rightSection={<IconChevronDown size={12} />}
                data-testid={`${kind}-templates`}
              >
                {t('quoteUi.terms.insert')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown maw={420}>
              {mine.length === 0 && <Menu.Label>{t('quoteUi.terms.noTemplates')}</Menu.Label>}
              {mine.map((template) => (
                <Menu.Item
                  key={template.id}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => insert(template)}
                  data-testid="template-item"
                >
                  <Text size="sm" fw={500}>
                    {template.name}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {template.body}
                  </Text>
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <Textarea
        value={value}
        onBlur={(event) => {
          caret.current = event.currentTarget.selectionStart;
        }}
        readOnly={!editable}
        autosize
        minRows={kind === 'terms' ? 4 : 2}
        maxRows={14}
        maxLength={kind === 'terms' ? 20_000 : 5_000}
        placeholder={editable ? t(`quoteUi.terms.${kind}Placeholder`) : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        aria-label={t(`quoteUi.terms.${kind}`)}
        data-testid={`quote-${kind}`}
      />
    </Stack>
  );
}

interface TermsEditorProps {
  terms: string;
  notes: string;
  editable: boolean;
  errors: Record<string, string>;
  onChange(kind: Kind, value: string): void;
}

/** 商务条款 and 备注, each with 从模板插入 (templates kept under 设置 → 报价). */
export function TermsEditor({ terms, notes, editable, errors, onChange }: TermsEditorProps) {
  const { t } = useTranslation();
  const templates = useMethod('quoteTemplates.list', {});
  const list = templates.data ?? [];
  return (
    <Paper withBorder radius="md" p="md" data-testid="terms-editor">
      <Title order={5} mb="sm">
        {t('quoteUi.terms.title')}
      </Title>
      <Stack gap="md">
        <TextBlock
          kind="terms"
          value={terms}
          editable={editable}
          error={errors.terms}
          templates={list}
          onChange={(value) => onChange('terms', value)}
        />
        <TextBlock
          kind="notes"
          value={notes}
          editable={editable}
          error={errors.notes}
          templates={list}
          onChange={(value) => onChange('notes', value)}
        />
      </Stack>
    </Paper>
  );
}
