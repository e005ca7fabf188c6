import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoScriptDetail } from '../../../../../shared/api/demo-scripts';
import type { Solution } from '../../../../../shared/api/library';
import type { OutputOf } from '../../../../../shared/api';
import { call } from '../../../api/client';
import { SettingsFields, settingsProblems, toDraft, toSettings, type SettingsDraft } from '../settings/SettingsFields';
import { SubmitForm } from '../../../components/SubmitForm';

export type RegenerateOutcome = OutputOf<'demoScripts.regenerate'>;

interface RegenerateProps {
  detail: DemoScriptDetail;
  title: string;
  solution: Solution | null;
  customerName: string;
  /** Problems in the script that keep it from being saved (and so from being regenerated). */
  held: number;
  /** Saves pending edits; false when that was not possible. */
  flush(): Promise<boolean>;
  saveError: string | null;
  onDone(outcome: RegenerateOutcome): void;
  onCancel(): void;
}

function RegenerateForm({
  detail,
  title,
  solution,
  customerName,
  held,
  flush,
  saveError,
  onDone,
  onCancel,
}: RegenerateProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(detail.settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [running, setRunning] = useState(false);
  // 'save': the pending edits could not be saved, so nothing was regenerated; else the server's message.
  const [failure, setFailure] = useState<'save' | { message: string } | null>(null);

  const run = async () => {
    const local = settingsProblems(draft, solution, t);
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length > 0) return;
    setRunning(true);
    try {
      // The generator merges against what is stored: hand edits not saved yet would be lost.
      if (!(await flush())) {
        setFailure('save');
        return;
      }
      const result = await call('demoScripts.regenerate', { id: detail.id, settings: toSettings(draft, title) });
      if (!result.ok) {
        if (Object.keys(result.error.fields).length > 0) setErrors(result.error.fields);
        setFailure({ message: result.error.message });
        return;
      }
      onDone(result.data);
    } finally {
      setRunning(false);
    }
  };

  return (
    <SubmitForm onSubmit={run} testId="regenerate-form">
      <Stack gap="md">
        <Text size="sm">
          {t('demoScriptUi.regenerate.source', {
            customer: customerName || t('demoScriptUi.list.noCustomer'),
            solution: solution?.name ?? t('demoScriptUi.editor.noSolution'),
          })}
        </Text>
        <Alert variant="light" color="indigo" icon={<IconAlertTriangle size={18} />}>
          <Text size="sm">{t('demoScriptUi.regenerate.explain')}</Text>
        </Alert>
        {held > 0 && (
          <Alert color="red" icon={<IconBan size={18} />} data-testid="regenerate-blocked">
            <Text size="sm">{t('demoScriptUi.regenerate.blocked', { n: held })}</Text>
          </Alert>
        )}
        <SettingsFields
          draft={draft}
          onChange={(patch) => {
            setDraft((d) => ({ ...d, ...patch }));
            setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !(key in patch))));
          }}
          solution={solution}
          errors={errors}
        />
        {failure && (
          <Alert color="red" data-testid="regenerate-error">
            <Text size="sm">
              {failure === 'save'
                ? t('demoScriptUi.regenerate.saveFailed', { message: saveError ?? '' })
                : failure.message}
            </Text>
          </Alert>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel} disabled={running}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={running}
            disabled={held > 0}
            leftSection={<IconRefresh size={16} />}
            data-testid="regenerate-run"
          >
            {t('demoScriptUi.regenerate.run')}
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}

/** 重新生成: change the modules, the audience, the length or the reference customers, keeping hand edits. */
export function RegenerateModal({ opened, ...props }: RegenerateProps & { opened: boolean }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={props.onCancel}
      title={t('demoScriptUi.regenerate.title')}
      size="xl"
      data-testid="regenerate"
    >
      {opened && <RegenerateForm {...props} />}
    </Modal>
  );
}
