import { ActionIcon, Alert, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyProfile } from '../../../../../shared/api/company';
import type { Customer } from '../../../../../shared/api/customers';
import type { LibrarySection, Solution } from '../../../../../shared/api/library';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import type { Locale } from '../../../../../shared/locale';
import type { MergeValues } from '../../../../../shared/proposals/merge-fields';
import type { ProposalContent, ProposalSection } from '../../../../../shared/proposals/proposal';
import { insertAtCaret, MergeFieldMenu } from '../../../components/rich-text/MergeFieldMenu';
import { errorAt, moveSection, type ErrorMap } from '../model/proposal-model';
import classes from './sections.module.css';

/** What every section editor may need besides its own section. */
export interface BuilderData {
  content: ProposalContent;
  solution: Solution | null;
  quote: QuoteDetail | null;
  customer: Customer | null;
  company: CompanyProfile | null;
  library: Map<number, LibrarySection>;
  values: MergeValues;
  errors: ErrorMap;
  warnings: string[];
  locale: Locale;
}

export type SectionOf<K extends ProposalSection['kind']> = Extract<ProposalSection, { kind: K }>;

export interface SectionEditorProps<K extends ProposalSection['kind']> {
  section: SectionOf<K>;
  change(update: (section: SectionOf<K>) => SectionOf<K>): void;
  data: BuilderData;
  /** Error key prefix of this section: "sections.<id>". */
  at: string;
}

/** A text input where merge fields may be written, with the 插入字段 menu at its right. */
export function MergeTextInput({
  value,
  onChange,
  label,
  placeholder,
  error,
  maxLength,
  testId,
  size,
}: {
  value: string;
  onChange(value: string): void;
  label?: string;
  placeholder?: string;
  error?: string;
  maxLength?: number;
  testId?: string;
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  return (
    <TextInput
      ref={ref}
      label={label}
      placeholder={placeholder}
      aria-label={label ?? placeholder}
      value={value}
      error={error}
      maxLength={maxLength}
      size={size}
      onChange={(event) => onChange(event.currentTarget.value)}
      rightSection={
        <MergeFieldMenu
          size="compact-xs"
          testId={testId ? `${testId}-fields` : undefined}
          onInsert={(field) => onChange(insertAtCaret(ref.current, value, `{{${field}}}`))}
        />
      }
      rightSectionWidth={t('libraryUi.editor.insertField').length > 6 ? 118 : 96}
      data-testid={testId}
    />
  );
}

/** A list of short texts (needs, pain points): add, edit, reorder, remove. */
export function StringListEditor({
  label,
  hint,
  items,
  onChange,
  errors,
  at,
  addLabel,
  testId,
  marker = 'number',
}: {
  label: string;
  hint?: string;
  items: string[];
  onChange(items: string[]): void;
  errors: ErrorMap;
  /** Error key of the list ("sections.situation.needs"); items are "<at>.<index>". */
  at: string;
  addLabel: string;
  testId: string;
  /** How items are marked, as they will print. */
  marker?: 'number' | 'bullet';
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid={testId}>
      <div>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </div>
      {items.map((item, index) => (
        <Group key={index} gap={4} wrap="nowrap" align="flex-start">
          <Text size="sm" c="dimmed" w={22} ta="right" mt={6}>
            {marker === 'number' ? `${index + 1}.` : '•'}
          </Text>
          <TextInput
            value={item}
            aria-label={`${label} ${index + 1}`}
            maxLength={300}
            error={errorAt(errors, `${at}.${index}`)}
            onChange={(event) => {
              const text = event.currentTarget.value;
              onChange(items.map((x, i) => (i === index ? text : x)));
            }}
            style={{ flex: 1 }}
            data-testid={`${testId}-item`}
          />
          <RowMoveButtons index={index} count={items.length} onMove={(to) => onChange(moveSection(items, index, to))} />
          <Tooltip label={t('libraryUi.common.remove')} withinPortal>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={4}
              aria-label={t('libraryUi.common.remove')}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...items, ''])}
        style={{ alignSelf: 'flex-start' }}
        disabled={items.length >= 50}
        data-testid={`${testId}-add`}
      >
        {addLabel}
      </Button>
    </Stack>
  );
}

/** ↑ ↓ for a row (keyboard users reorder with these). */
export function RowMoveButtons({ index, count, onMove }: { index: number; count: number; onMove(to: number): void }) {
  const { t } = useTranslation();
  return (
    <Group gap={0} wrap="nowrap" mt={4}>
      <ActionIcon
        className={classes.iconButton}
        variant="subtle"
        color="gray"
        size="sm"
        disabled={index === 0}
        aria-label={t('libraryUi.common.moveUp')}
        onClick={() => onMove(index - 1)}
      >
        <IconArrowUp size={14} />
      </ActionIcon>
      <ActionIcon
        className={classes.iconButton}
        variant="subtle"
        color="gray"
        size="sm"
        disabled={index === count - 1}
        aria-label={t('libraryUi.common.moveDown')}
        onClick={() => onMove(index + 1)}
      >
        <IconArrowDown size={14} />
      </ActionIcon>
    </Group>
  );
}

/** "What will be printed" for chapters built from other data. */
export function PrintNote({ children, color = 'indigo' }: { children: ReactNode; color?: string }) {
  return (
    <Alert variant="light" color={color} icon={<IconInfoCircle size={18} />} p="sm">
      <Text size="sm">{children}</Text>
    </Alert>
  );
}
