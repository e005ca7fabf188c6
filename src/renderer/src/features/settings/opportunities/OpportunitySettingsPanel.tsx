import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunitySettings } from '../../../../../shared/api/opportunities';
import { CallError } from '../../../api/client';
import { useAction, useMethod } from '../../../api/queries';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { notifyError, notifySuccess } from '../../../components/notify';
import { QualificationSection } from './QualificationSection';
import { blankNumbers, fieldPaths, formErrors, stagesWithErrors } from './settings-form';
import { StagesSection } from './StagesSection';
import { ConfirmationSection, WeightsSection } from './WeightsSection';

/** The reads whose figures follow these settings (gates, verdicts, probabilities). */
const AFFECTED = ['opportunities.settings', 'opportunities.list', 'opportunities.get'] as const;

/** 设置 → 商机: the eight stages, customer qualification rules, probability weights and the confirmation gate. */
export function OpportunitySettingsPanel() {
  const settings = useMethod('opportunities.settings', {});
  if (!settings.data) return null;
  return <OpportunitySettingsForm settings={settings.data} />;
}

function OpportunitySettingsForm({ settings }: { settings: OpportunitySettings }) {
  const { t } = useTranslation();
  const save = useAction('opportunities.saveSettings', [...AFFECTED]);
  const reset = useAction('opportunities.resetSettings', [...AFFECTED]);
  const form = useForm<OpportunitySettings>({ mode: 'controlled', initialValues: structuredClone(settings) });
  const known = useMemo(() => fieldPaths(settings), [settings]);
  const [general, setGeneral] = useState<string[]>([]);
  const [opened, setOpened] = useState<string[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);

  /** Opens the stages with errors and takes the user to the first field to fix. */
  const showErrors = (errors: Record<string, string>) => {
    form.setErrors(errors);
    const stages = stagesWithErrors(errors).map((n) => `stage-${n}`);
    if (stages.length > 0) setOpened((open) => [...new Set([...open, ...stages])]);
    // Once React has marked the inputs invalid and the accordion has opened.
    window.setTimeout(() => {
      const first = rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.scrollIntoView({ block: 'center' });
      first?.focus({ preventScroll: true });
    }, 250);
  };

  const localErrors = (values: OpportunitySettings): Record<string, string> => {
    const errors: Record<string, string> = {};
    for (const path of blankNumbers(values, settings)) errors[path] = t('opportunitySettings.required');
    const { min, max } = values.weights;
    const inRange = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;
    if (!errors['weights.min'] && !inRange(min)) errors['weights.min'] = t('opportunitySettings.weights.boundsRange');
    if (!errors['weights.max'] && !inRange(max)) errors['weights.max'] = t('opportunitySettings.weights.boundsRange');
    if (inRange(min) && inRange(max) && max < min) errors['weights.max'] = t('opportunitySettings.weights.boundsOrder');
    return errors;
  };

  const applySaved = (saved: OpportunitySettings) => {
    const values = structuredClone(saved);
    form.setValues(values);
    form.resetDirty(values);
  };

  const submit = async () => {
    form.clearErrors();
    setGeneral([]);
    const values = form.getValues();
    const local = localErrors(values);
    if (Object.keys(local).length > 0) {
      showErrors(local);
      return;
    }
    try {
      applySaved(await save.mutateAsync(values));
      notifySuccess(t('opportunitySettings.saved'));
    } catch (error) {
      if (error instanceof CallError) {
        const mapped = formErrors(error.error.fields, known);
        setGeneral(mapped.general);
        showErrors(mapped.errors);
      }
      notifyError(t('opportunitySettings.saveFailed'), error);
    }
  };

  const restoreDefaults = async () => {
    form.clearErrors();
    setGeneral([]);
    try {
      applySaved(await reset.mutateAsync({}));
      notifySuccess(t('opportunitySettings.resetDone'));
    } catch (error) {
      notifyError(t('opportunitySettings.resetFailed'), error);
    }
  };

  // Ctrl+S (⌘S) saves while the panel is open.
  const onShortcut = useEffectEvent(() => void submit());
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        onShortcut();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const dirty = form.isDirty();

  return (
    <Stack gap="md" ref={rootRef} data-testid="opportunity-settings">
      <Text size="sm" c="dimmed">
        {t('opportunitySettings.intro')}
      </Text>
      {general.length > 0 && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="opp-settings-general-error">
          {general.map((message) => (
            <Text key={message} size="sm">
              {message}
            </Text>
          ))}
        </Alert>
      )}
      <StagesSection
        form={form}
        opened={opened}
        onOpenedChange={setOpened}
        withErrors={stagesWithErrors(form.errors)}
      />
      <QualificationSection form={form} />
      <WeightsSection form={form} />
      <ConfirmationSection form={form} />
      <Paper
        withBorder
        p="sm"
        radius="md"
        shadow="sm"
        pos="sticky"
        bottom={8}
        style={{ zIndex: 5 }}
        data-testid="opp-settings-actions"
      >
        <Group justify="space-between">
          <Group gap="sm">
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => void submit()}
              loading={save.isPending}
              data-testid="opp-settings-save"
            >
              {t('opportunitySettings.save')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('opportunitySettings.saveShortcut')}
            </Text>
            {dirty && (
              <Badge color="yellow" variant="light" data-testid="opp-settings-dirty">
                {t('opportunitySettings.unsaved')}
              </Badge>
            )}
          </Group>
          <ConfirmButton
            variant="default"
            leftSection={<IconRestore size={16} />}
            title={t('opportunitySettings.resetTitle')}
            message={t('opportunitySettings.resetMessage')}
            onConfirm={restoreDefaults}
            loading={reset.isPending}
            data-testid="opp-settings-reset"
          >
            {t('opportunitySettings.reset')}
          </ConfirmButton>
        </Group>
      </Paper>
    </Stack>
  );
}
