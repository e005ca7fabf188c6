import { Alert, Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAUSE_CATEGORIES, type ClauseCategory } from '../../../../../shared/contract-drafts/types';
import type { ClauseSummary } from '../../../../../shared/api/contract-drafts';
import { LOCALES, type Locale } from '../../../../../shared/locale';
import { CallError, request } from '../../../api/client';
import { notifySuccess } from '../../../components/notify';
import { ACTOR_KEY } from '../editor/ActionModal';
import { changedFrom, formErrors, freshWordingKey, type ClauseFormState } from './clause-form-model';
import { WordingFields } from './WordingFields';

/**
 * A library clause: category, 必备/可选 and its wordings. Saving an existing clause makes a new
 * version; contracts already drafted keep the version they cite.
 */
export function ClauseForm({
  initial,
  clause,
  onDirty,
  onSaved,
}: {
  initial: ClauseFormState;
  clause: ClauseSummary | null;
  onDirty(dirty: boolean): void;
  onSaved(saved: ClauseSummary): void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const local = useMemo(() => formErrors(form, t), [form, t]);
  const errors = tried ? { ...serverErrors, ...local } : serverErrors;
  const changed = changedFrom(form, clause);

  const change = (patch: Partial<ClauseFormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setServerErrors({});
    setRefusal(null);
    onDirty(true);
  };
  const changeWording = (index: number, patch: Partial<ClauseFormState['wordings'][number]>) =>
    change({ wordings: form.wordings.map((w, i) => (i === index ? { ...w, ...patch } : w)) });

  const save = async () => {
    setTried(true);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    try {
      const saved = await request('clauses.save', form);
      if (form.by.trim()) window.localStorage.setItem(ACTOR_KEY, form.by.trim());
      await Promise.all(
        ['clauses.list', 'clauses.get', 'contractTemplates.list'].map((m) =>
          client.invalidateQueries({ queryKey: [m] }),
        ),
      );
      notifySuccess(
        clause && saved.version === clause.version
          ? t('contractUi.library.unchanged')
          : t('contractUi.library.saved', { heading: saved.wordings[0]?.heading ?? saved.key, version: saved.version }),
      );
      onDirty(false);
      onSaved(saved);
    } catch (error) {
      if (error instanceof CallError && Object.keys(error.error.fields).length > 0) setServerErrors(error.error.fields);
      setRefusal(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="clause-form">
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} data-testid="clause-version-note">
        {clause
          ? t('contractUi.library.versionNote', { next: clause.version + 1, version: clause.version, n: clause.usedBy })
          : t('contractUi.library.newNote')}
      </Alert>
      <Group grow align="flex-start">
        <TextInput
          label={t('contractUi.library.key')}
          description={clause ? t('contractUi.library.keyFixed') : t('contractUi.library.keyHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={form.key}
          readOnly={clause !== null}
          maxLength={60}
          error={errors.key}
          onChange={(event) => change({ key: event.currentTarget.value })}
          data-testid="clause-key"
        />
        <Select
          label={t('contractUi.library.lang')}
          value={form.lang}
          disabled={clause !== null}
          data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
          onChange={(value) => value && change({ lang: value as Locale })}
          allowDeselect={false}
        />
        <Select
          label={t('contractUi.library.category')}
          value={form.category}
          data={CLAUSE_CATEGORIES.map((value) => ({ value, label: t(`contracts.categories.${value}`) }))}
          onChange={(value) => value && change({ category: value as ClauseCategory })}
          allowDeselect={false}
          data-testid="clause-category"
        />
      </Group>
      <Switch
        label={t('contractUi.library.mandatory')}
        description={t('contractUi.library.mandatoryHint')}
        checked={form.mandatory}
        onChange={(event) => change({ mandatory: event.currentTarget.checked })}
        data-testid="clause-mandatory-switch"
      />
      <Group justify="space-between" mt="xs">
        <Text fw={600} size="sm">
          {t('contractUi.library.wordings', { n: form.wordings.length })}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          disabled={form.wordings.length >= 6}
          onClick={() =>
            change({
              wordings: [
                ...form.wordings,
                { key: freshWordingKey(form.wordings), label: '', heading: form.wordings[0]?.heading ?? '', body: '' },
              ],
            })
          }
          data-testid="wording-add"
        >
          {t('contractUi.library.addWording')}
        </Button>
      </Group>
      {errors.wordings && (
        <Text size="xs" c="red.7">
          {errors.wordings}
        </Text>
      )}
      {form.wordings.map((wording, index) => (
        <WordingFields
          key={index}
          wording={wording}
          index={index}
          errors={errors}
          removable={form.wordings.length > 1}
          onChange={(patch) => changeWording(index, patch)}
          onRemove={() => change({ wordings: form.wordings.filter((_, i) => i !== index) })}
        />
      ))}
      <Group grow align="flex-start">
        <TextInput
          label={t('contractUi.library.note')}
          placeholder={t('contractUi.library.notePlaceholder')}
          value={form.note}
          maxLength={200}
          error={errors.note}
          onChange={(event) => change({ note: event.currentTarget.value })}
          data-testid="clause-note"
        />
        <TextInput
          label={t('contractUi.library.by')}
          value={form.by}
          maxLength={40}
          error={errors.by}
          onChange={(event) => change({ by: event.currentTarget.value })}
          data-testid="clause-by"
        />
      </Group>
      {refusal && (
        <Alert color="red" variant="light" data-testid="clause-save-error">
          {refusal}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          leftSection={<IconDeviceFloppy size={16} />}
          loading={saving}
          disabled={!changed}
          onClick={() => void save()}
          data-testid="clause-save"
        >
          {clause ? t('contractUi.library.saveVersion', { n: clause.version + 1 }) : t('contractUi.library.create')}
        </Button>
      </Group>
    </Stack>
  );
}
