import { Group, Select, TagsInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIBRARY_KINDS, type LibrarySection } from '../../../../../shared/api/library';
import { EMPTY_DOC, type RichDoc } from '../../../../../shared/rich-text';
import { CallError } from '../../../api/client';
import { useAction } from '../../../api/queries';
import { notifyError, notifySuccess } from '../../../components/notify';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor';
import { errorAt, fieldErrors, otherErrors } from '../library-model';
import { LibraryEditorShell } from '../shared/LibraryEditorShell';
import { useEditorDirty } from '../shared/use-editor-dirty';
import { useEntryActions } from '../shared/use-entry-actions';

type Kind = LibrarySection['kind'];

interface Draft {
  kind: Kind;
  title: string;
  tags: string[];
  body: RichDoc;
}

function isKind(value: string | null): value is Kind {
  return (LIBRARY_KINDS as readonly (string | null)[]).includes(value);
}

interface SectionEditorProps {
  /** null = a new section. */
  section: LibrarySection | null;
  onSaved(id: number): void;
  onDirty(dirty: boolean): void;
}

/** One reusable section: title, kind, tags and its rich text; saved, duplicated or archived. */
export function SectionEditor({ section, onSaved, onDirty }: SectionEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() =>
    section
      ? { kind: section.kind, title: section.title, tags: section.tags, body: section.body }
      : { kind: 'other', title: '', tags: [], body: EMPTY_DOC },
  );
  const { dirty, markDirty, markSaved } = useEditorDirty(section === null, onDirty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const duplicate = useAction('library.duplicateSection', ['library.sections']);
  const archive = useAction('library.archiveSection', ['library.sections']);
  const save = useAction('library.saveSection', ['library.sections']);

  const change = (patch: Partial<Draft>, field?: string) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    markDirty();
    if (field)
      setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([k]) => !k.startsWith(field))));
  };

  const submit = async () => {
    setSaving(true);
    try {
      const saved = await save.mutateAsync({
        ...(section ? { id: section.id } : {}),
        kind: draft.kind,
        title: draft.title,
        tags: draft.tags,
        body: draft.body,
      });
      setErrors({});
      markSaved();
      notifySuccess(t('libraryUi.sections.saved', { title: saved.title }));
      onSaved(saved.id);
    } catch (error) {
      if (error instanceof CallError) setErrors(fieldErrors(error.error));
      notifyError(t('libraryUi.sections.saveFailed'), error);
    } finally {
      setSaving(false);
    }
  };

  const entryActions = useEntryActions({
    entry: section,
    duplicate,
    archive,
    duplicatedNotice: (created) => t('libraryUi.sections.duplicated', { title: created.title }),
    onSaved,
  });

  const shown = (key: string) => key.startsWith('title') || key.startsWith('tags') || key.startsWith('kind');
  const rest = otherErrors(errors, shown);

  return (
    <LibraryEditorShell
      testIdPrefix="section"
      title={section ? section.title : t('libraryUi.sections.newTitle')}
      entry={section}
      dirty={dirty}
      saving={saving}
      onSave={() => void submit()}
      {...entryActions}
      otherErrors={rest.map(([key, message]) => (
        <Text key={key} size="sm">
          {message}
        </Text>
      ))}
      errorsTestId="section-errors"
    >
      <Group grow align="flex-start">
        <TextInput
          label={t('libraryUi.sections.fields.title')}
          withAsterisk
          value={draft.title}
          maxLength={100}
          error={errorAt(errors, 'title')}
          onChange={(event) => change({ title: event.currentTarget.value }, 'title')}
          data-testid="section-title"
        />
        <Select
          label={t('libraryUi.sections.fields.kind')}
          data={LIBRARY_KINDS.map((kind) => ({ value: kind, label: t(`library.kinds.${kind}`) }))}
          value={draft.kind}
          allowDeselect={false}
          error={errorAt(errors, 'kind')}
          onChange={(value) => isKind(value) && change({ kind: value }, 'kind')}
          comboboxProps={{ withinPortal: true }}
          data-testid="section-kind"
        />
      </Group>
      <TagsInput
        label={t('libraryUi.sections.fields.tags')}
        description={t('libraryUi.list.tagsHint')}
        value={draft.tags}
        maxTags={20}
        error={errorAt(errors, 'tags')}
        onChange={(tags) => change({ tags: tags.map((tag) => tag.trim()).filter((tag) => tag !== '') }, 'tags')}
        data-testid="section-tags"
      />
      <RichTextEditor
        value={draft.body}
        onChange={(body) => change({ body }, 'body')}
        label={t('libraryUi.sections.fields.body')}
        description={t('libraryUi.sections.bodyHint', { example: '{{customer.name}}' })}
        error={errorAt(errors, 'body')}
        minHeight={260}
        testId="section-body"
      />
    </LibraryEditorShell>
  );
}
