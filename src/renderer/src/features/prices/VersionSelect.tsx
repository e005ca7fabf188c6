import { Badge, Group, Select, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PriceListVersion } from '../../../../shared/api/prices';
import { todayIso } from './price-format';

/** 草稿 / 已发布, and 当前生效 on the version quotes use today. */
export function VersionBadges({ version, size = 'sm' }: { version: PriceListVersion; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Badge
        size={size}
        variant="light"
        color={version.status === 'draft' ? 'yellow' : 'indigo'}
        data-testid="version-status"
      >
        {t(`prices.status.${version.status}`)}
      </Badge>
      {version.isCurrent && (
        <Badge size={size} variant="filled" color="teal" data-testid="version-current">
          {t('prices.status.current')}
        </Badge>
      )}
      {version.status === 'published' &&
        !version.isCurrent &&
        version.effectiveDate &&
        version.effectiveDate > todayIso() && (
          <Badge size={size} variant="outline" color="gray">
            {t('prices.status.future')}
          </Badge>
        )}
    </Group>
  );
}

/** "2026-01-01 起生效 · 56 条" (or "未发布 · 12 条"). */
export function versionMeta(version: PriceListVersion, t: TFunction): string {
  const when = version.effectiveDate
    ? t('prices.version.effective', { date: version.effectiveDate })
    : t('prices.version.notPublished');
  return `${when} · ${t('prices.version.itemCount', { count: version.itemCount, n: version.itemCount.toLocaleString('en-US') })}`;
}

/** One version in a dropdown: label and badges, then the effective date and item count. */
export function VersionOption({ version }: { version: PriceListVersion }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} py={2} data-testid={`version-option-${version.id}`}>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Text size="sm" fw={500} truncate>
          {version.label}
        </Text>
        <VersionBadges version={version} size="xs" />
      </Group>
      <Text size="xs" c="dimmed">
        {versionMeta(version, t)}
      </Text>
    </Stack>
  );
}

interface VersionSelectProps {
  versions: PriceListVersion[];
  value: number | null;
  onChange(versionId: number): void;
}

/** The version switcher in the page header. */
export function VersionSelect({ versions, value, onChange }: VersionSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<number>
      aria-label={t('prices.version.label')}
      data={versions.map((version) => ({ value: version.id, label: version.label }))}
      value={value}
      onChange={(id) => id !== null && onChange(id)}
      allowDeselect={false}
      withCheckIcon={false}
      renderOption={({ option }) => {
        const version = versions.find((v) => v.id === option.value);
        return version ? <VersionOption version={version} /> : option.label;
      }}
      w={220}
      comboboxProps={{ width: 340, position: 'bottom-start' }}
      maxDropdownHeight={420}
      data-testid="version-select"
    />
  );
}
