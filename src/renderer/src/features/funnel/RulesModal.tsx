import { Alert, Button, Group, Modal, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelRules } from '../../../../shared/api/funnel';
import { CallError } from '../../api/client';
import { useAction } from '../../api/queries';
import { notifySuccess } from '../../components/notify';

const FIELDS = ['staleDays', 'stuckDays', 'committedStage', 'committedProbability', 'bestCaseProbability'] as const;

/**
 * The manager's settings: when a deal is stale or stuck, and the forecast's thresholds. Mounted
 * afresh each time it opens (see FunnelPage), so it starts from the saved rules.
 */
export function RulesModal({ opened, rules, onClose }: { opened: boolean; rules: FunnelRules; onClose(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FunnelRules>(rules);
  const save = useAction('funnel.saveRules', ['funnel.get', 'funnel.rules']);
  const fields = save.error instanceof CallError ? save.error.error.fields : {};
  return (
    <Modal opened={opened} onClose={onClose} title={t('funnelUi.rulesModal.title')} data-testid="funnel-rules-modal">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(draft, {
            onSuccess: () => {
              notifySuccess(t('funnelUi.rulesModal.saved'));
              onClose();
            },
          });
        }}
      >
        <Stack gap="sm">
          {FIELDS.map((field) => (
            <NumberInput
              key={field}
              label={t(`funnelUi.rulesModal.${field}`)}
              value={draft[field]}
              onChange={(value) => setDraft({ ...draft, [field]: typeof value === 'number' ? value : Number(value) })}
              allowDecimal={false}
              error={fields[field]}
              data-testid={`funnel-rules-${field}`}
            />
          ))}
          {save.error && Object.keys(fields).length === 0 && <Alert color="red">{save.error.message}</Alert>}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="funnel-rules-save">
              {t('funnelUi.rulesModal.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
