import {
  Anchor,
  Checkbox,
  Chip,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DemoScriptSettings } from '../../../../../shared/api/demo-scripts';
import type { Solution } from '../../../../../shared/api/library';
import { audienceRoleLabel } from '../../../../../shared/demo-script/texts';
import { AUDIENCE_ROLES, type AudienceRole } from '../../../../../shared/demo-script/types';
import { LOCALES, localeFromTag, type Locale } from '../../../../../shared/locale';
import { useMethod } from '../../../api/queries';

/** The generator's choices as the form holds them: an empty total is "automatic". */
export interface SettingsDraft {
  customerId: number | null;
  solutionId: number | null;
  moduleIds: number[];
  roles: AudienceRole[];
  totalMinutes: number | '';
  similarCustomers: string[];
  locale: Locale;
}

export function toDraft(settings: DemoScriptSettings): SettingsDraft {
  return {
    customerId: settings.customerId,
    solutionId: settings.solutionId,
    moduleIds: settings.moduleIds,
    roles: settings.roles,
    totalMinutes: settings.totalMinutes ?? '',
    similarCustomers: settings.similarCustomers,
    locale: settings.locale,
  };
}

export function toSettings(draft: SettingsDraft, title: string): DemoScriptSettings {
  return {
    title,
    customerId: draft.customerId,
    solutionId: draft.solutionId,
    moduleIds: draft.moduleIds,
    roles: AUDIENCE_ROLES.filter((role) => draft.roles.includes(role)),
    totalMinutes: draft.totalMinutes === '' ? null : draft.totalMinutes,
    similarCustomers: draft.similarCustomers,
    locale: draft.locale,
  };
}

/** Checked here before asking the server, with the server's own messages. */
export function settingsProblems(draft: SettingsDraft, solution: Solution | null, t: (key: string) => string) {
  const out: Record<string, string> = {};
  const modules = new Set((solution?.modules ?? []).map((m) => m.id));
  if (solution === null) out.solutionId = t('demoScriptUi.settings.needSolution');
  else if (!draft.moduleIds.some((id) => modules.has(id))) out.moduleIds = t('err.demoScripts.noModules');
  if (draft.roles.length === 0) out.roles = t('err.demoScripts.noRoles');
  if (draft.totalMinutes !== '' && (draft.totalMinutes < 10 || draft.totalMinutes > 600)) {
    out.totalMinutes = t('err.demoScripts.total');
  }
  return out;
}

/** 演示模块: which of the solution's modules the demo walks through (by default all of them). */
export function ModulePicker({
  solution,
  value,
  onChange,
  error,
}: {
  solution: Solution | null;
  value: number[];
  onChange(ids: number[]): void;
  error?: string;
}) {
  const { t } = useTranslation();
  const all = (solution?.modules ?? []).map((m) => m.id);
  return (
    <Input.Wrapper
      label={t('demoScriptUi.settings.modules')}
      description={solution ? t('demoScriptUi.settings.modulesHint') : undefined}
      error={error}
      data-testid="settings-modules"
    >
      {!solution ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t('demoScriptUi.settings.modulesNoSolution')}
        </Text>
      ) : (
        <Stack gap={6} mt={6}>
          <Group gap="xs" justify="space-between">
            <Text size="xs" c="dimmed">
              {t('demoScriptUi.settings.modulesChosen', {
                n: value.filter((id) => all.includes(id)).length,
                total: all.length,
              })}
            </Text>
            <Group gap={8}>
              <Anchor component="button" type="button" size="xs" onClick={() => onChange(all)}>
                {t('demoScriptUi.settings.all')}
              </Anchor>
              <Anchor component="button" type="button" size="xs" onClick={() => onChange([])}>
                {t('demoScriptUi.settings.none')}
              </Anchor>
            </Group>
          </Group>
          <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
            {solution.modules.map((module) => (
              <Checkbox
                key={module.id}
                checked={value.includes(module.id)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  onChange(all.filter((id) => (id === module.id ? on : value.includes(id))));
                }}
                label={
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" lineClamp={1}>
                      {module.name}
                    </Text>
                    {module.itemCode && (
                      <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                        {module.itemCode}
                      </Text>
                    )}
                  </Group>
                }
                data-testid="settings-module"
                data-name={module.name}
              />
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </Input.Wrapper>
  );
}

/**
 * The choices the generator works from, shared by 新建演示脚本 and 重新生成: the modules, who
 * attends (each role gets its own talking points), the length, reference customers (one story
 * each) and the language of the generated text.
 */
export function SettingsFields({
  draft,
  onChange,
  solution,
  errors,
}: {
  draft: SettingsDraft;
  onChange(patch: Partial<SettingsDraft>): void;
  solution: Solution | null;
  errors: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const uiLocale = localeFromTag(i18n.language);
  const customers = useMethod('customers.list', { query: '' });
  const references = (customers.data ?? []).filter((c) => c.id !== draft.customerId).map((c) => c.name);
  return (
    <Stack gap="md">
      <ModulePicker
        solution={solution}
        value={draft.moduleIds}
        onChange={(moduleIds) => onChange({ moduleIds })}
        error={errors.moduleIds}
      />
      <Input.Wrapper
        label={t('demoScriptUi.settings.roles')}
        description={t('demoScriptUi.settings.rolesHint')}
        error={errors.roles}
        data-testid="settings-roles"
      >
        <Chip.Group
          multiple
          value={draft.roles}
          onChange={(roles) => onChange({ roles: AUDIENCE_ROLES.filter((role) => (roles as string[]).includes(role)) })}
        >
          <Group gap="xs" mt={6}>
            {AUDIENCE_ROLES.map((role) => (
              <Chip key={role} value={role} size="sm" data-testid="settings-role" data-role={role}>
                {audienceRoleLabel(role, uiLocale)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Input.Wrapper>
      <SimpleGrid cols={2} spacing="md">
        <NumberInput
          label={t('demoScriptUi.settings.total')}
          description={t('demoScriptUi.settings.totalHint')}
          placeholder={t('demoScriptUi.settings.totalAuto')}
          value={draft.totalMinutes}
          min={10}
          max={600}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          suffix={` ${t('demoScriptUi.step.minutesSuffix')}`}
          error={errors.totalMinutes}
          onChange={(value) => onChange({ totalMinutes: typeof value === 'number' ? value : '' })}
          data-testid="settings-total"
        />
        <Input.Wrapper label={t('demoScriptUi.settings.locale')} description={t('demoScriptUi.settings.localeHint')}>
          <div>
            <SegmentedControl
              mt={6}
              value={draft.locale}
              onChange={(value) => onChange({ locale: value === 'en' ? 'en' : 'zh-CN' })}
              data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
              data-testid="settings-locale"
            />
          </div>
        </Input.Wrapper>
      </SimpleGrid>
      <TagsInput
        label={t('demoScriptUi.settings.similar')}
        description={t('demoScriptUi.settings.similarHint')}
        placeholder={draft.similarCustomers.length < 10 ? t('demoScriptUi.settings.similarPlaceholder') : undefined}
        data={references}
        value={draft.similarCustomers}
        onChange={(similarCustomers) => onChange({ similarCustomers })}
        maxTags={10}
        acceptValueOnBlur
        clearable
        error={errors.similarCustomers}
        comboboxProps={{ withinPortal: true }}
        data-testid="settings-similar"
      />
    </Stack>
  );
}
