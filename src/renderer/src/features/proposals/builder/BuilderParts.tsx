import { Alert, Anchor, Button, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconBan,
  IconCheck,
  IconDeviceFloppy,
  IconPointFilled,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MergeProblem } from '../model/proposal-model';
import type { SaveStatus } from './use-proposal-draft';

/** Saved / unsaved / saving / failed, always in view; a failed or held save can be tried now. */
export function SaveIndicator({
  status,
  held,
  error,
  onSave,
}: {
  status: SaveStatus;
  held: number;
  error: string | null;
  onSave(): void;
}) {
  const { t } = useTranslation();
  const content = {
    saved: { icon: <IconCheck size={14} />, color: 'teal.7', text: t('libraryUi.save.saved') },
    dirty: {
      icon: <IconPointFilled size={14} />,
      color: 'orange.7',
      text: held > 0 ? t('libraryUi.save.held', { n: held }) : t('libraryUi.save.dirty'),
    },
    saving: { icon: <Loader size={12} />, color: 'dimmed', text: t('libraryUi.save.saving') },
    failed: { icon: <IconAlertCircle size={14} />, color: 'red.7', text: t('libraryUi.save.failed') },
  }[status];
  return (
    <Group gap={6} wrap="nowrap" data-testid="proposal-save-status" data-status={status}>
      <Tooltip label={error ?? ''} disabled={!error} multiline maw={360} withinPortal>
        <Group gap={4} wrap="nowrap">
          <Text c={content.color} span style={{ display: 'inline-flex' }}>
            {content.icon}
          </Text>
          <Text size="sm" c={content.color} style={{ whiteSpace: 'nowrap' }}>
            {content.text}
          </Text>
        </Group>
      </Tooltip>
      {(status === 'dirty' || status === 'failed') && (
        <Button
          size="compact-xs"
          variant={status === 'failed' ? 'filled' : 'light'}
          color={status === 'failed' ? 'red' : undefined}
          leftSection={<IconDeviceFloppy size={12} />}
          onClick={onSave}
          data-testid="proposal-save-now"
        >
          {status === 'failed' ? t('libraryUi.save.retry') : t('libraryUi.save.saveNow')}
        </Button>
      )}
    </Group>
  );
}

/**
 * What stands between the proposal and a clean export, in plain view: the server's blocker (the
 * export would fail, naming the merge field and the chapter), merge-field problems found while
 * typing (each with a link to its chapter), and the server's warnings.
 */
export function ProblemsPanel({
  blocker,
  warnings,
  problems,
  stale,
  onOpen,
}: {
  blocker: string | null;
  warnings: string[];
  problems: MergeProblem[];
  /** There are edits the server has not checked yet. */
  stale: boolean;
  onOpen(sectionId: string | null): void;
}) {
  const { t } = useTranslation();
  if (!blocker && problems.length === 0 && warnings.length === 0) return null;
  // The server's message already names one of the problems found here: show it once, with its link.
  const described = (p: MergeProblem) =>
    blocker !== null && blocker.includes(p.field) && (p.sectionId === null || blocker.includes(p.where));
  const blockerProblem = problems.find(described);
  const others = problems.filter((p) => !described(p));
  return (
    <Stack gap="xs">
      {(blocker || problems.length > 0) && (
        <Alert
          color="red"
          icon={<IconBan size={20} />}
          title={t('libraryUi.problems.blockerTitle')}
          data-testid="proposal-blocker"
        >
          <Stack gap={4}>
            {blocker && (
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" fw={500} data-testid="proposal-blocker-message">
                  {blocker}
                  {stale && !blockerProblem && (
                    <Text span size="xs" c="dimmed" ml="xs">
                      {t('libraryUi.problems.stale')}
                    </Text>
                  )}
                </Text>
                {blockerProblem && blockerProblem.sectionId !== null && (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => onOpen(blockerProblem.sectionId)}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {t('libraryUi.problems.open')}
                  </Anchor>
                )}
              </Group>
            )}
            {others.map((p) => (
              <Group key={`${p.sectionId}|${p.field}|${p.problem}`} gap="xs" wrap="nowrap" data-testid="merge-problem">
                <Text size="sm">
                  {t(`libraryUi.problems.${p.problem}`, {
                    field: `{{${p.field}}}`,
                    where: p.sectionId === null ? t('libraryUi.problems.documentTitle') : p.where,
                  })}
                </Text>
                {p.sectionId !== null && (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => onOpen(p.sectionId)}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {t('libraryUi.problems.open')}
                  </Anchor>
                )}
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={20} />}
          title={t('libraryUi.problems.warningsTitle')}
          data-testid="proposal-warnings"
        >
          {warnings.map((w) => (
            <Text key={w} size="sm">
              {w}
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  );
}
