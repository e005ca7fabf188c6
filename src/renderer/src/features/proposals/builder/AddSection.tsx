import { Badge, Button, Group, Menu, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBooks, IconChevronDown, IconFilePlus, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIBRARY_KINDS, type LibrarySection } from '../../../../../shared/api/library';
import type { Locale } from '../../../../../shared/locale';
import { proposalLabels } from '../../../../../shared/proposals/labels';
import { defaultSections, type ProposalSection } from '../../../../../shared/proposals/proposal';
import { EMPTY_DOC, plainText } from '../../../../../shared/rich-text';
import { useMethod } from '../../../api/queries';
import { newId } from '../model/proposal-model';

function LibraryPicker({ onPick, used }: { onPick(section: LibrarySection): void; used: Set<number> }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const sections = useMethod('library.sections', { query, includeArchived: false });
  const list = sections.data ?? [];
  return (
    <Stack gap="sm">
      <TextInput
        placeholder={t('libraryUi.sections.search')}
        aria-label={t('libraryUi.sections.search')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        data-autofocus
        data-testid="library-picker-search"
      />
      <ScrollArea.Autosize mah={420} type="auto">
        {list.length === 0 && sections.data && (
          <Text c="dimmed" size="sm" ta="center" py="lg">
            {t('libraryUi.list.noMatch')}
          </Text>
        )}
        {LIBRARY_KINDS.map((kind) => {
          const items = list.filter((s) => s.kind === kind);
          if (items.length === 0) return null;
          return (
            <Stack key={kind} gap={2} mb="sm">
              <Text size="xs" fw={600} c="dimmed">
                {t(`library.kinds.${kind}`)}
              </Text>
              {items.map((section) => (
                <UnstyledButton
                  key={section.id}
                  onClick={() => onPick(section)}
                  p="xs"
                  style={{ borderRadius: 6, border: '1px solid var(--mantine-color-gray-3)' }}
                  data-testid="library-picker-item"
                  data-title={section.title}
                >
                  <Group gap="xs" justify="space-between" wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {section.title}
                    </Text>
                    {used.has(section.id) && (
                      <Badge size="xs" variant="light" color="gray">
                        {t('libraryUi.addSection.alreadyIn')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {plainText(section.body).replace(/\s+/g, ' ')}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          );
        })}
      </ScrollArea.Autosize>
    </Stack>
  );
}

/**
 * 添加章节: a custom chapter, a chapter from the library, or a built-in chapter that was removed
 * (with its usual empty content).
 */
export function AddSection({
  sections,
  locale,
  onAdd,
}: {
  sections: ProposalSection[];
  locale: Locale;
  onAdd(section: ProposalSection): void;
}) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const titles = proposalLabels(locale).sectionTitles;
  const present = new Set(sections.map((s) => s.kind));
  const ids = new Set(sections.map((s) => s.id));
  const missing = defaultSections(titles, []).filter((s) => !present.has(s.kind));
  const used = new Set(sections.flatMap((s) => (s.kind === 'library' ? [s.librarySectionId] : [])));
  return (
    <>
      <Menu position="bottom-start" withinPortal shadow="md" width={260}>
        <Menu.Target>
          <Button
            variant="light"
            size="xs"
            fullWidth
            leftSection={<IconPlus size={14} />}
            rightSection={<IconChevronDown size={14} />}
            data-testid="section-add"
          >
            {t('libraryUi.addSection.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconFilePlus size={14} />}
            onClick={() => onAdd({ id: newId('c'), kind: 'custom', title: titles.custom, body: EMPTY_DOC })}
            data-testid="section-add-custom"
          >
            {t('libraryUi.addSection.custom')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconBooks size={14} />}
            onClick={() => setPicking(true)}
            data-testid="section-add-library"
          >
            {t('libraryUi.addSection.fromLibrary')}
          </Menu.Item>
          {missing.length > 0 && (
            <>
              <Menu.Divider />
              <Menu.Label>{t('libraryUi.addSection.builtIn')}</Menu.Label>
              {missing.map((section) => (
                <Menu.Item
                  key={section.kind}
                  onClick={() => onAdd({ ...section, id: ids.has(section.id) ? newId(section.kind) : section.id })}
                  data-testid={`section-add-${section.kind}`}
                >
                  {section.title}
                </Menu.Item>
              ))}
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={picking}
        onClose={() => setPicking(false)}
        title={t('libraryUi.addSection.pickTitle')}
        size="lg"
        data-testid="library-picker"
      >
        {picking && (
          <LibraryPicker
            used={used}
            onPick={(section) => {
              setPicking(false);
              onAdd({
                id: ids.has(`lib-${section.id}`) ? newId('lib') : `lib-${section.id}`,
                kind: 'library',
                title: section.title,
                librarySectionId: section.id,
              });
            }}
          />
        )}
      </Modal>
    </>
  );
}
