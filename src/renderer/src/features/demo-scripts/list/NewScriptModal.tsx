import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudienceRole } from '../../../../../shared/demo-script/types';
import { localeFromTag } from '../../../../../shared/locale';
import { useAction, useMethod } from '../../../api/queries';
import { notifySuccess, showFieldErrors } from '../../../components/notify';
import { CustomerSelect, SolutionSelect } from '../../proposals/list/pickers';
import { SettingsFields, settingsProblems, toSettings, type SettingsDraft } from '../settings/SettingsFields';
import { SubmitForm } from '../../../components/SubmitForm';

/** The opportunity (商机) a script is made for: its customer is fixed, its key persons make the audience. */
export interface ForOpportunityScript {
  id: number;
  customerId: number;
  roles: AudienceRole[];
}

function NewScriptForm({
  onCreated,
  onCancel,
  opportunity,
}: {
  onCreated(id: number): void;
  onCancel(): void;
  opportunity?: ForOpportunityScript | undefined;
}) {
  const { t, i18n } = useTranslation();
  const customers = useMethod('customers.list', { query: '' });
  const solutions = useMethod('library.solutions', { query: '', includeArchived: true });
  const [draft, setDraft] = useState<SettingsDraft>(() => ({
    customerId: opportunity?.customerId ?? null,
    solutionId: null,
    moduleIds: [],
    // For an opportunity, the audience is its key persons.
    roles: opportunity?.roles ?? [],
    totalMinutes: '',
    similarCustomers: [],
    locale: localeFromTag(i18n.language),
  }));
  // Until a module is ticked or unticked, the demo covers every module of the solution.
  const [modulesTouched, setModulesTouched] = useState(false);
  const [title, setTitle] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useAction('demoScripts.create', ['demoScripts.list', 'opportunities.get', 'opportunities.list']);

  const active = (solutions.data ?? []).filter((s) => !s.archived);
  // With one solution in the library there is nothing to choose.
  const solutionId = draft.solutionId ?? (active.length === 1 ? (active[0]?.id ?? null) : null);
  const solution = (solutions.data ?? []).find((s) => s.id === solutionId) ?? null;
  const moduleIds = modulesTouched ? draft.moduleIds : (solution?.modules.map((m) => m.id) ?? []);
  const customer = customers.data?.find((c) => c.id === draft.customerId) ?? null;
  const defaultTitle = t('demoScriptUi.create.defaultTitle', {
    name: customer ? customer.shortName || customer.name : (solution?.name ?? ''),
  }).trim();
  const shownTitle = title ?? defaultTitle;
  const effective: SettingsDraft = { ...draft, solutionId, moduleIds };

  const change = (patch: Partial<SettingsDraft>) => {
    if (patch.moduleIds) setModulesTouched(true);
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !(key in patch))));
  };

  const submit = async () => {
    const local = settingsProblems(effective, solution, t);
    if (shownTitle.trim() === '') local.title = t('err.required');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      const created = await create.mutateAsync({
        ...toSettings(effective, shownTitle.trim()),
        opportunityId: opportunity?.id ?? null,
      });
      notifySuccess(t('demoScriptUi.create.created', { title: created.settings.title }));
      onCreated(created.id);
    } catch (error) {
      showFieldErrors(error, setErrors, t('common.error'));
    }
  };

  return (
    <SubmitForm onSubmit={submit} testId="new-script-form">
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="md">
          <CustomerSelect
            disabled={opportunity !== undefined}
            value={draft.customerId}
            onChange={(customerId) => {
              const industry = customers.data?.find((c) => c.id === customerId)?.industry ?? '';
              const match = industry ? active.find((s) => s.industry === industry) : undefined;
              // A solution of the customer's trade, unless one was chosen already.
              if (draft.solutionId === null && match) {
                setModulesTouched(false);
                change({ customerId, solutionId: match.id });
              } else change({ customerId });
            }}
            error={errors.customerId}
            testId="new-script-customer"
          />
          <SolutionSelect
            value={solutionId}
            onChange={(next) => {
              setModulesTouched(false);
              change({ solutionId: next });
            }}
            error={errors.solutionId}
            testId="new-script-solution"
          />
        </SimpleGrid>
        <TextInput
          label={t('demoScriptUi.create.titleLabel')}
          value={shownTitle}
          maxLength={200}
          error={errors.title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          data-testid="new-script-title"
        />
        <SettingsFields draft={effective} onChange={change} solution={solution} errors={errors} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            leftSection={<IconWand size={16} />}
            data-testid="new-script-create"
          >
            {t('demoScriptUi.create.submit')}
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}

/** 新建演示脚本: for which customer, which modules, who attends; the generator writes the first draft. */
export function NewScriptModal({
  opened,
  onClose,
  onCreated,
  opportunity,
}: {
  opened: boolean;
  onClose(): void;
  onCreated(id: number): void;
  opportunity?: ForOpportunityScript | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('demoScriptUi.create.title')} size="xl" data-testid="new-script">
      {opened && <NewScriptForm onCreated={onCreated} onCancel={onClose} opportunity={opportunity} />}
    </Modal>
  );
}
