import { Button, Group, List, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MissingItem } from '../../../../../shared/api/opportunities';

export type GateLink = MissingItem['link'];

/** What a gate still needs, each item with the button that goes and makes it. */
export function MissingList({ missing, onLink }: { missing: readonly MissingItem[]; onLink(link: GateLink): void }) {
  const { t } = useTranslation();
  const label = (link: GateLink) =>
    link.kind === 'section'
      ? t(`opportunityUi.gate.links.${link.section}`)
      : t(`opportunityUi.gate.links.${link.kind}`);
  return (
    <List spacing={6} size="sm" data-testid="gate-missing">
      {missing.map((item, index) => (
        <List.Item key={`${item.stage}-${item.key}-${index}`} data-testid="gate-missing-item" data-gate={item.gate}>
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Text size="sm">
              <Text span c="dimmed" size="xs">
                {item.stage} ·{' '}
              </Text>
              {item.message}
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              rightSection={<IconArrowRight size={12} />}
              onClick={() => onLink(item.link)}
              data-testid="gate-link"
              data-link={item.link.kind}
            >
              {label(item.link)}
            </Button>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
