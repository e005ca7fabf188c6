import { Anchor, Badge, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RichDocView } from '../../../components/rich-text/RichDocView';
import { PrintNote, type SectionEditorProps } from './common';

/** A library section as it will be printed (read-only here), with the way to edit it in the library. */
export function LibraryPreview({ section, change, data }: SectionEditorProps<'library'>) {
  const { t } = useTranslation();
  const source = data.library.get(section.librarySectionId);
  const choices = [...data.library.values()].filter((s) => !s.archived || s.id === section.librarySectionId);
  return (
    <Stack gap="sm">
      <PrintNote>{t('libraryUi.libraryChapter.note')}</PrintNote>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <Select
          label={t('libraryUi.libraryChapter.source')}
          data={choices.map((s) => ({ value: String(s.id), label: `${t(`library.kinds.${s.kind}`)} · ${s.title}` }))}
          value={String(section.librarySectionId)}
          allowDeselect={false}
          searchable
          onChange={(value) => {
            const next = data.library.get(Number(value));
            if (next)
              change((s) => ({
                ...s,
                librarySectionId: next.id,
                title: s.title === source?.title ? next.title : s.title,
              }));
          }}
          comboboxProps={{ withinPortal: true }}
          style={{ flex: 1 }}
          data-testid="library-chapter-source"
        />
        <Anchor
          href={`#/library/sections/${section.librarySectionId}`}
          size="sm"
          mb={8}
          style={{ whiteSpace: 'nowrap' }}
          data-testid="library-chapter-edit"
        >
          <Group gap={4} wrap="nowrap">
            <IconExternalLink size={14} />
            {t('libraryUi.libraryChapter.edit')}
          </Group>
        </Anchor>
      </Group>
      {!source && (
        <PrintNote color="red">{t('libraryUi.libraryChapter.missing', { id: section.librarySectionId })}</PrintNote>
      )}
      {source && (
        <Paper withBorder radius="sm" p="md" bg="gray.0">
          <Group gap="xs" mb="xs">
            <Text fw={600}>{source.title}</Text>
            <Badge tt="none" size="xs" variant="light">
              {t(`library.kinds.${source.kind}`)}
            </Badge>
            {source.archived && (
              <Badge tt="none" size="xs" variant="light" color="gray">
                {t('libraryUi.list.archived')}
              </Badge>
            )}
          </Group>
          <RichDocView doc={source.body} empty={t('libraryUi.libraryChapter.empty')} testId="library-chapter-preview" />
        </Paper>
      )}
    </Stack>
  );
}
