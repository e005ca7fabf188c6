import { Button, Group, Select, Text } from '@mantine/core';
import { IconFolderPlus, IconPlus } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceItem } from '../../../../../shared/api/prices';
import type { QuoteContent } from '../../../../../shared/quotes/quote';
import { ItemPicker, type ItemPickerHandle } from '../grid/ItemPicker';

interface LinesToolbarProps {
  pickerRef: Ref<ItemPickerHandle>;
  /** The current price list version's label. */
  versionLabel: string;
  priceOf(item: PriceItem): number;
  onPick(item: PriceItem): void;
  sections: QuoteContent['sections'];
  /** The section new lines go to. */
  currentSectionId: string;
  onSection(sectionId: string): void;
  onAddCustom(): void;
  onAddSection(): void;
}

/** Above the grid: the catalogue picker, the section new lines go to, a custom line, a new section. */
export function LinesToolbar(props: LinesToolbarProps) {
  const { t } = useTranslation();
  const { pickerRef, versionLabel, priceOf, onPick, sections, currentSectionId, onSection } = props;
  return (
    <Group gap="sm" p="sm" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <ItemPicker ref={pickerRef} versionLabel={versionLabel} priceOf={priceOf} onPick={onPick} />
      {sections.length > 1 && (
        <Select
          aria-label={t('quoteUi.picker.section')}
          data={sections.map((s) => ({ value: s.id, label: s.title }))}
          value={currentSectionId}
          onChange={(value) => value && onSection(value)}
          allowDeselect={false}
          w={170}
          leftSection={
            <Text size="xs" c="dimmed" pl={4}>
              {t('quoteUi.picker.to')}
            </Text>
          }
          leftSectionWidth={44}
          data-testid="picker-section"
        />
      )}
      <Button
        variant="default"
        leftSection={<IconPlus size={16} />}
        onClick={props.onAddCustom}
        data-testid="add-custom"
      >
        {t('quoteUi.custom.title')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFolderPlus size={16} />}
        onClick={props.onAddSection}
        data-testid="add-section"
      >
        {t('quoteUi.grid.addSection')}
      </Button>
    </Group>
  );
}
