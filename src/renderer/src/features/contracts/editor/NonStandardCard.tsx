import { Anchor, Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NonStandardClause } from '../../../../../shared/contract-drafts/review';
import { STATUS_COLOR } from '../model/contract-model';
import classes from './editor.module.css';

/**
 * 非标条款清单: what legal has to read — every clause edited, added or taken out, in contract
 * order. A click goes to the clause; a removed one can be put back while drafting.
 */
export function NonStandardCard({
  entries,
  editable,
  onJump,
  onPutBack,
}: {
  entries: NonStandardClause[];
  editable: boolean;
  onJump(id: string): void;
  onPutBack(clauseId: number): void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" bg="white" style={{ overflow: 'hidden' }} data-testid="non-standard">
      <Group justify="space-between" px="sm" py={8} className={classes.panelHead} wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('contractUi.nonStandard.title')}
        </Text>
        <Badge
          size="sm"
          variant="light"
          color={entries.length > 0 ? 'orange' : 'teal'}
          data-testid="non-standard-count"
        >
          {entries.length}
        </Badge>
      </Group>
      {entries.length === 0 ? (
        <Group gap={6} p="sm" wrap="nowrap" data-testid="non-standard-empty">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" style={{ flexShrink: 0 }} />
          <Text size="sm" c="teal.8">
            {t('contractUi.nonStandard.allStandard')}
          </Text>
        </Group>
      ) : (
        <Stack gap={0}>
          {entries.map((entry, index) => {
            const label = (
              <Group gap={6} wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
                {entry.number && (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {entry.number}
                  </Text>
                )}
                <Text size="sm" lineClamp={1} td={entry.status === 'removed' ? 'line-through' : undefined}>
                  {entry.heading}
                </Text>
              </Group>
            );
            return (
              <Group
                key={`${entry.id ?? 'removed'}-${entry.clauseId ?? ''}-${index}`}
                gap={6}
                wrap="nowrap"
                px="sm"
                py={6}
                className={classes.entry}
                data-testid="non-standard-entry"
                data-status={entry.status}
                data-heading={entry.heading}
              >
                {entry.id !== null ? (
                  <UnstyledButton
                    onClick={() => entry.id !== null && onJump(entry.id)}
                    style={{ flex: 1, minWidth: 0 }}
                    data-testid="non-standard-jump"
                  >
                    {label}
                  </UnstyledButton>
                ) : (
                  label
                )}
                {entry.status === 'removed' && editable && entry.clauseId !== null && (
                  <Anchor
                    component="button"
                    size="xs"
                    onClick={() => entry.clauseId !== null && onPutBack(entry.clauseId)}
                    data-testid="non-standard-put-back"
                  >
                    {t('contractUi.nonStandard.putBack')}
                  </Anchor>
                )}
                <Badge size="sm" variant="light" color={STATUS_COLOR[entry.status]} style={{ flexShrink: 0 }}>
                  {t(`contracts.status.${entry.status}`)}
                </Badge>
              </Group>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
