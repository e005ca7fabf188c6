import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MergeProblem } from '../model/proposal-model';

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
