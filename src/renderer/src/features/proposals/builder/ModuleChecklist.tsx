import { Anchor, Badge, Checkbox, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Solution } from '../../../../../shared/api/library';
import type { QuoteDetail } from '../../../../../shared/api/quotes';

/**
 * 方案模块: which of the solution's modules this proposal covers (the solution chapter prints
 * these, the requirement table offers their features). With a linked quote, each module shows
 * whether its catalogue item is quoted, so scope and price agree.
 */
export function ModuleChecklist({
  solution,
  quote,
  moduleIds,
  onChange,
}: {
  solution: Solution | null;
  quote: QuoteDetail | null;
  moduleIds: number[];
  onChange(moduleIds: number[]): void;
}) {
  const { t } = useTranslation();
  if (!solution) {
    return (
      <Text size="sm" c="dimmed" p="sm">
        {t('libraryUi.modules.noSolution')}
      </Text>
    );
  }
  const quoted = new Set((quote?.content.lines ?? []).map((l) => l.code));
  const all = solution.modules.map((m) => m.id);
  return (
    <Stack gap={6} p="sm" data-testid="module-checklist">
      <Group gap="xs" justify="space-between">
        <Text size="xs" c="dimmed">
          {t('libraryUi.modules.chosen', { n: moduleIds.filter((id) => all.includes(id)).length, total: all.length })}
        </Text>
        <Group gap={6}>
          <Anchor component="button" type="button" size="xs" onClick={() => onChange(all)}>
            {t('libraryUi.modules.all')}
          </Anchor>
          <Anchor component="button" type="button" size="xs" onClick={() => onChange([])}>
            {t('libraryUi.modules.none')}
          </Anchor>
        </Group>
      </Group>
      {solution.modules.map((module) => {
        const checked = moduleIds.includes(module.id);
        const inQuote = module.itemCode !== '' && quoted.has(module.itemCode);
        return (
          <Checkbox
            key={module.id}
            checked={checked}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              onChange(all.filter((id) => (id === module.id ? on : moduleIds.includes(id))));
            }}
            label={
              <Group gap={4} wrap="nowrap">
                <Text size="sm" lineClamp={1}>
                  {module.name}
                </Text>
                {quote && module.itemCode !== '' && (
                  <Tooltip
                    label={t(inQuote ? 'libraryUi.modules.inQuoteHint' : 'libraryUi.modules.notInQuoteHint', {
                      code: module.itemCode,
                    })}
                    withinPortal
                    multiline
                    maw={260}
                  >
                    <Badge
                      tt="none"
                      size="xs"
                      variant="light"
                      color={inQuote ? 'teal' : checked ? 'orange' : 'gray'}
                      style={{ flexShrink: 0 }}
                    >
                      {t(inQuote ? 'libraryUi.modules.inQuote' : 'libraryUi.modules.notInQuote')}
                    </Badge>
                  </Tooltip>
                )}
              </Group>
            }
            description={t('libraryUi.modules.features', { n: module.features.length })}
            data-testid="module-check"
            data-module={module.name}
          />
        );
      })}
    </Stack>
  );
}
