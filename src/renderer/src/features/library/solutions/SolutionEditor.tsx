import { Button, Group, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Solution } from '../../../../../shared/api/library';
import { CallError } from '../../../api/client';
import { useAction } from '../../../api/queries';
import { notifyError, notifySuccess } from '../../../components/notify';
import { errorAt, fieldErrors, otherErrors } from '../library-model';
import { LibraryEditorShell } from '../shared/LibraryEditorShell';
import { useEditorDirty } from '../shared/use-editor-dirty';
import { useEntryActions } from '../shared/use-entry-actions';
import { ModuleCard } from './ModuleCard';
import { move, newKey, toDraft, toSaveInput, type Draft, type FeatureDraft, type ModuleDraft } from './solution-draft';

interface SolutionEditorProps {
  solution: Solution | null;
  onSaved(id: number): void;
  onDirty(dirty: boolean): void;
}

/** One industry solution: code, name, industry, summary, tags and its modules with their features. */
export function SolutionEditor({ solution, onSaved, onDirty }: SolutionEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(solution));
  const { dirty, markDirty, markSaved } = useEditorDirty(solution === null, onDirty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useAction('library.saveSolution', ['library.solutions']);
  const duplicate = useAction('library.duplicateSolution', ['library.solutions']);
  const archive = useAction('library.archiveSolution', ['library.solutions']);

  /** A change; the error of the field it fixes goes away (all module errors when modules move). */
  const change = (update: (draft: Draft) => Draft, fixes?: string) => {
    setDraft(update);
    markDirty();
    if (fixes !== undefined) {
      setErrors((previous) =>
        Object.fromEntries(Object.entries(previous).filter(([k]) => k !== fixes && !k.startsWith(`${fixes}.`))),
      );
    }
  };
  const changeModules = (update: (modules: ModuleDraft[]) => ModuleDraft[]) =>
    change((d) => ({ ...d, modules: update(d.modules) }), 'modules');
  const changeModule = (index: number, patch: Partial<ModuleDraft>, fixes: string) =>
    change(
      (d) => ({ ...d, modules: d.modules.map((m, i) => (i === index ? { ...m, ...patch } : m)) }),
      `modules.${index}.${fixes}`,
    );
  const changeFeatures = (index: number, update: (features: FeatureDraft[]) => FeatureDraft[], fixes?: string) =>
    change(
      (d) => ({
        ...d,
        modules: d.modules.map((m, i) => (i === index ? { ...m, features: update(m.features) } : m)),
      }),
      fixes === undefined ? `modules.${index}.features` : `modules.${index}.features.${fixes}`,
    );

  const submit = async () => {
    try {
      const saved = await save.mutateAsync(toSaveInput(draft, solution?.id));
      setErrors({});
      markSaved();
      notifySuccess(t('libraryUi.solutions.saved', { name: saved.name }));
      onSaved(saved.id);
    } catch (error) {
      if (error instanceof CallError) setErrors(fieldErrors(error.error));
      notifyError(t('libraryUi.solutions.saveFailed'), error);
    }
  };

  const entryActions = useEntryActions({
    entry: solution,
    duplicate,
    archive,
    duplicatedNotice: (created) => t('libraryUi.solutions.duplicated', { name: created.name, code: created.code }),
    onSaved,
  });

  const topFields = ['code', 'name', 'industry', 'summary', 'tags'];
  const rest = otherErrors(errors, (key) => topFields.some((f) => key.startsWith(f)) || key.startsWith('modules.'));

  return (
    <LibraryEditorShell
      testIdPrefix="solution"
      title={solution ? solution.name : t('libraryUi.solutions.newTitle')}
      entry={solution}
      dirty={dirty}
      saving={save.isPending}
      onSave={() => void submit()}
      {...entryActions}
      otherErrors={rest.map(([key, message]) => (
        <Text key={key} size="sm">
          {key} — {message}
        </Text>
      ))}
    >
      <Group grow align="flex-start">
        <TextInput
          label={t('libraryUi.solutions.fields.code')}
          placeholder={t('libraryUi.solutions.codeHint')}
          withAsterisk
          value={draft.code}
          maxLength={30}
          error={errorAt(errors, 'code')}
          onChange={(event) => {
            const code = event.currentTarget.value.toUpperCase();
            change((d) => ({ ...d, code }), 'code');
          }}
          ff="monospace"
          data-testid="solution-code"
        />
        <TextInput
          label={t('libraryUi.solutions.fields.name')}
          withAsterisk
          value={draft.name}
          maxLength={100}
          error={errorAt(errors, 'name')}
          onChange={(event) => {
            const name = event.currentTarget.value;
            change((d) => ({ ...d, name }), 'name');
          }}
          data-testid="solution-name"
        />
        <TextInput
          label={t('libraryUi.solutions.fields.industry')}
          value={draft.industry}
          maxLength={40}
          error={errorAt(errors, 'industry')}
          onChange={(event) => {
            const industry = event.currentTarget.value;
            change((d) => ({ ...d, industry }), 'industry');
          }}
          data-testid="solution-industry"
        />
      </Group>
      <Textarea
        label={t('libraryUi.solutions.fields.summary')}
        description={t('libraryUi.solutions.summaryHint')}
        value={draft.summary}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={2000}
        error={errorAt(errors, 'summary')}
        onChange={(event) => {
          const summary = event.currentTarget.value;
          change((d) => ({ ...d, summary }), 'summary');
        }}
        data-testid="solution-summary"
      />
      <TagsInput
        label={t('libraryUi.solutions.fields.tags')}
        description={t('libraryUi.list.tagsHint')}
        value={draft.tags}
        maxTags={20}
        error={errorAt(errors, 'tags')}
        onChange={(tags) => change((d) => ({ ...d, tags: tags.map((x) => x.trim()).filter((x) => x !== '') }), 'tags')}
        data-testid="solution-tags"
      />
      <Group justify="space-between" mt="xs">
        <Stack gap={0}>
          <Text fw={600}>{t('libraryUi.solutions.modules')}</Text>
          <Text size="xs" c="dimmed">
            {t('libraryUi.solutions.modulesHint')}
          </Text>
        </Stack>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            changeModules((modules) => [
              ...modules,
              { key: newKey(), name: '', itemCode: '', description: '', features: [] },
            ])
          }
          data-testid="module-add"
        >
          {t('libraryUi.solutions.addModule')}
        </Button>
      </Group>
      {draft.modules.length === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t('libraryUi.solutions.noModules')}
        </Text>
      )}
      {draft.modules.map((module, index) => (
        <ModuleCard
          key={module.key}
          module={module}
          index={index}
          count={draft.modules.length}
          errors={errors}
          onChange={(patch, fixes) => changeModule(index, patch, fixes)}
          onChangeFeatures={(update, fixes) => changeFeatures(index, update, fixes)}
          onMove={(to) => changeModules((modules) => move(modules, index, to))}
          onRemove={() => changeModules((modules) => modules.filter((_, i) => i !== index))}
        />
      ))}
    </LibraryEditorShell>
  );
}
