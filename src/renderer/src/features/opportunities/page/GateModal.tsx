import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunityDetail } from '../../../../../shared/api/opportunities';
import { CallError } from '../../../api/client';
import { useAction } from '../../../api/queries';
import { notifySuccess } from '../../../components/notify';
import { MissingList, type GateLink } from './MissingList';

interface GateModalProps {
  detail: OpportunityDetail;
  /** The stage to move to; null = closed. */
  target: number | null;
  onClose(): void;
  onLink(link: GateLink): void;
  /** Saves pending edits first: the gate is checked against what is saved. */
  flush(): Promise<boolean>;
}

function GateForm({ detail, target, onClose, onLink, flush }: GateModalProps & { target: number }) {
  const { t } = useTranslation();
  const advance = useAction('opportunities.advance', ['opportunities.get', 'opportunities.list']);
  const [override, setOverride] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const stage = detail.stages.find((s) => s.number === target);
  const back = target < detail.stage;
  // The next stage's gate is known; a jump is checked by the server, stage by stage.
  const gate = target === detail.stage + 1 ? detail.nextGate : null;
  const blocked = (gate !== null && !gate.met) || error !== null;

  const submit = async () => {
    setFieldError(undefined);
    await flush();
    try {
      const moved = await advance.mutateAsync({
        id: detail.id,
        to: target,
        ...(override !== null && override.trim() !== '' ? { override: override.trim() } : {}),
      });
      notifySuccess(t('opportunityUi.actions.moved', { stage: moved.stage, name: stage?.name ?? '' }));
      onClose();
    } catch (e) {
      if (e instanceof CallError) {
        if (e.error.fields.override) setFieldError(e.error.fields.override);
        else {
          setError(e.error.message);
          if (override === null) setOverride('');
        }
      } else setError(String(e));
    }
  };

  return (
    <Stack gap="md" data-testid="gate-form">
      {stage && (
        <Stack gap={2}>
          <Text size="sm">
            <Text span fw={600}>
              {t('opportunityUi.page.milestone')}
              {t('common.colon')}
            </Text>
            {stage.milestone}
          </Text>
          <Text size="sm" c="dimmed">
            {t('opportunityUi.page.success')}
            {t('common.colon')}
            {stage.success}
          </Text>
        </Stack>
      )}
      {back && <Alert color="gray">{t('opportunityUi.gate.goBack')}</Alert>}
      {gate?.met && (
        <Alert color="teal" data-testid="gate-met">
          {t('opportunityUi.gate.met')}
        </Alert>
      )}
      {gate && !gate.met && (
        <Alert color="orange" title={t('opportunityUi.gate.missing')} data-testid="gate-refused">
          <MissingList missing={gate.missing} onLink={onLink} />
        </Alert>
      )}
      {error !== null && (
        <Alert color="orange" data-testid="gate-error">
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {error}
          </Text>
        </Alert>
      )}
      {blocked && (
        <Textarea
          label={t('opportunityUi.gate.overrideReason')}
          description={t('opportunityUi.gate.overrideHint')}
          value={override ?? ''}
          onChange={(event) => setOverride(event.currentTarget.value)}
          error={fieldError}
          autosize
          minRows={2}
          maxLength={1000}
          data-testid="gate-override-reason"
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color={blocked ? 'orange' : undefined}
          disabled={blocked && (override ?? '').trim() === ''}
          loading={advance.isPending}
          onClick={() => void submit()}
          data-testid="gate-confirm"
        >
          {blocked ? t('opportunityUi.gate.confirmOverride') : t('opportunityUi.gate.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Moving to a stage: what it needs, what is missing (with links), and passing it with a reason. */
export function GateModal(props: GateModalProps) {
  const { t } = useTranslation();
  const stage = props.detail.stages.find((s) => s.number === props.target);
  return (
    <Modal
      opened={props.target !== null}
      onClose={props.onClose}
      title={t('opportunityUi.gate.title', { stage: props.target ?? '', name: stage?.name ?? '' })}
      size="lg"
      data-testid="gate-modal"
    >
      {props.target !== null && <GateForm {...props} target={props.target} />}
    </Modal>
  );
}
