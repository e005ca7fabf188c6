import { ActionIcon, Badge, Button, Group, Menu, SegmentedControl, Title, Tooltip } from '@mantine/core';
import {
  IconArrowLeft,
  IconClockOff,
  IconCopy,
  IconDots,
  IconFileExport,
  IconContract,
  IconGitCompare,
  IconSend,
  IconShieldCheck,
  IconThumbDown,
  IconThumbUp,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import { SaveIndicator } from '../../../components/SaveIndicator';
import type { SaveStatus } from '../../../components/use-autosave-draft';
import type { LifecycleAction } from '../approval/ActionModal';
import { quoteRef, STATE_COLOR } from '../model/quote-format';

export function StateBadge({ state, size = 'md' }: { state: QuoteDetail['state']; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOR[state]} variant="light" size={size} data-testid="quote-state" data-state={state}>
      {t(`quotes.states.${state}`)}
    </Badge>
  );
}

const ACTION_ICON: Record<LifecycleAction, typeof IconSend> = {
  send: IconSend,
  accept: IconThumbUp,
  lose: IconThumbDown,
  expire: IconClockOff,
};

interface EditorHeaderProps {
  detail: QuoteDetail;
  status: SaveStatus;
  held: string | null;
  saveError: string | null;
  onSave(): void;
  onBack(): void;
  onOpenRevision(revisionId: number): void;
  onApprove(): void;
  onAction(action: LifecycleAction): void;
  onExport(): void;
  onCompare: (() => void) | null;
  /** Approved, sent or accepted: the quote can become a contract draft. */
  onDraftContract: (() => void) | null;
  onRevise(): void;
  onDelete(): void;
}

/** Number-revision, state, save status, revisions and what can be done with the quote now. */
export function EditorHeader(props: EditorHeaderProps) {
  const { t } = useTranslation();
  const { detail, status, held, saveError, onSave, onBack, onOpenRevision, onApprove, onAction, onExport, onCompare } =
    props;
  const actions = detail.allowedActions.filter((a): a is LifecycleAction => a !== 'approve');
  // The usual next step is a button; the others (lost, expired) live in the menu.
  const primary = actions.find((a) => a === 'send' || a === 'accept');
  const secondary = actions.filter((a) => a !== primary);
  const canApprove = detail.allowedActions.includes('approve');
  const deletable = detail.revisions.length === 1 && (detail.state === 'draft' || detail.state === 'pending');
  const revisions = [...detail.revisions].sort(
    (a, b) => a.revision.length - b.revision.length || a.revision.localeCompare(b.revision),
  );

  return (
    <Group justify="space-between" gap="sm" wrap="wrap" data-testid="quote-header">
      <Group gap="sm" wrap="nowrap">
        <Tooltip label={t('quoteUi.editor.back')}>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={onBack}
            aria-label={t('quoteUi.editor.back')}
            data-testid="quote-back"
          >
            <IconArrowLeft size={18} />
          </ActionIcon>
        </Tooltip>
        <Title order={3} style={{ whiteSpace: 'nowrap' }} data-testid="quote-number">
          {quoteRef(detail)}
        </Title>
        <StateBadge state={detail.state} size="lg" />
        {detail.editable && (
          <SaveIndicator
            status={status}
            error={saveError}
            textKey="quoteUi.save"
            heldText={held ? t('quoteUi.save.held', { reason: held }) : null}
            saveWhenHeld
            statusTestId="save-status"
            saveNowTestId="save-now"
            onSave={onSave}
          />
        )}
      </Group>
      <Group gap="xs" wrap="nowrap">
        {revisions.length > 1 && (
          <SegmentedControl
            size="xs"
            value={String(detail.revisionId)}
            onChange={(value) => onOpenRevision(Number(value))}
            data={revisions.map((r) => ({
              value: String(r.revisionId),
              label: (
                <Tooltip label={t(`quotes.states.${r.state}`)} withinPortal>
                  <span data-testid={`revision-${r.revision}`}>{r.revision}</span>
                </Tooltip>
              ),
            }))}
            aria-label={t('quoteUi.editor.revisions')}
            data-testid="revision-switch"
          />
        )}
        {onCompare && (
          <Button
            variant="default"
            size="sm"
            leftSection={<IconGitCompare size={16} />}
            onClick={onCompare}
            data-testid="quote-compare"
          >
            {t('quoteUi.editor.compare')}
          </Button>
        )}
        <Button
          variant="default"
          size="sm"
          leftSection={<IconFileExport size={16} />}
          onClick={onExport}
          data-testid="quote-export"
        >
          {t('quoteUi.editor.export')}
        </Button>
        {props.onDraftContract && (
          <Button
            variant="default"
            size="sm"
            leftSection={<IconContract size={16} />}
            onClick={props.onDraftContract}
            data-testid="quote-draft-contract"
          >
            {t('quoteUi.editor.draftContract')}
          </Button>
        )}
        {detail.canRevise && detail.isLatest && (
          <Button size="sm" leftSection={<IconCopy size={16} />} onClick={props.onRevise} data-testid="quote-revise">
            {t('quoteUi.editor.revise')}
          </Button>
        )}
        {canApprove && (
          <Button
            size="sm"
            color={detail.state === 'pending' ? 'yellow.8' : 'teal'}
            leftSection={<IconShieldCheck size={16} />}
            onClick={onApprove}
            data-testid="quote-approve"
          >
            {t('quoteUi.approval.approve')}
          </Button>
        )}
        {primary && (
          <Button
            size="sm"
            leftSection={(() => {
              const Icon = ACTION_ICON[primary];
              return <Icon size={16} />;
            })()}
            onClick={() => onAction(primary)}
            data-testid={`quote-action-${primary}`}
          >
            {t(`quotes.actions.${primary}`)}
          </Button>
        )}
        {(secondary.length > 0 || deletable) && (
          <Menu position="bottom-end" withinPortal shadow="md">
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label={t('quoteUi.editor.more')} data-testid="quote-more">
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {secondary.map((action) => {
                const Icon = ACTION_ICON[action];
                return (
                  <Menu.Item
                    key={action}
                    leftSection={<Icon size={14} />}
                    onClick={() => onAction(action)}
                    data-testid={`quote-action-${action}`}
                  >
                    {t(`quotes.actions.${action}`)}
                  </Menu.Item>
                );
              })}
              {deletable && (
                <>
                  {secondary.length > 0 && <Menu.Divider />}
                  <Menu.Item
                    color="red"
                    leftSection={<IconTrash size={14} />}
                    onClick={props.onDelete}
                    data-testid="quote-delete"
                  >
                    {t('quoteUi.editor.delete')}
                  </Menu.Item>
                </>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Group>
  );
}
