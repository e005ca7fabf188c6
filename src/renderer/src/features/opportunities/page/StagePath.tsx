import { SimpleGrid, Text, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpportunityDetail } from '../../../../../shared/api/opportunities';

/** The eight stages in one row: done, current (with its milestone on hover), to come; a click moves there. */
export function StagePath({ detail, onMove }: { detail: OpportunityDetail; onMove(stage: number): void }) {
  const { t } = useTranslation();
  const open = detail.status === 'open';
  return (
    <SimpleGrid cols={8} spacing={6} data-testid="opportunity-stages">
      {detail.stages.map((s) => {
        const done = s.number < detail.stage || detail.status === 'won';
        const current = s.number === detail.stage && detail.status !== 'won';
        return (
          <Tooltip
            key={s.number}
            multiline
            maw={300}
            withinPortal
            label={`${t('opportunityUi.page.milestone')}${t('common.colon')}${s.milestone}\n${t('opportunityUi.page.success')}${t('common.colon')}${s.success}`}
            style={{ whiteSpace: 'pre-line' }}
          >
            <UnstyledButton
              onClick={() => open && !current && onMove(s.number)}
              disabled={!open || current}
              data-testid="opportunity-stage"
              data-stage={s.number}
              data-current={current ? 'true' : undefined}
              style={{
                borderRadius: 8,
                padding: '8px 8px',
                border: `1px solid ${current ? 'var(--mantine-color-indigo-6)' : 'var(--mantine-color-gray-3)'}`,
                background: current
                  ? 'var(--mantine-color-indigo-6)'
                  : done
                    ? 'var(--mantine-color-indigo-0)'
                    : 'white',
                cursor: open && !current ? 'pointer' : 'default',
                minHeight: 62,
              }}
            >
              <ThemeIcon
                size={20}
                radius="xl"
                variant={current ? 'white' : done ? 'filled' : 'light'}
                color={done || current ? 'indigo' : 'gray'}
                mb={4}
              >
                {done ? (
                  <IconCheck size={12} />
                ) : (
                  <Text size="xs" fw={700}>
                    {s.number}
                  </Text>
                )}
              </ThemeIcon>
              <Text size="xs" fw={current ? 700 : 500} c={current ? 'white' : done ? 'indigo.9' : 'gray.7'} lh={1.3}>
                {s.name}
              </Text>
            </UnstyledButton>
          </Tooltip>
        );
      })}
    </SimpleGrid>
  );
}
