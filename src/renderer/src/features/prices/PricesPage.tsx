import { Alert, Center, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconReceipt2 } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/queries';
import { ImportButton } from './import/ImportButton';
import { NewDraftButton } from './PriceActions';
import { defaultVersionId } from './price-format';
import { PriceWorkbench } from './PriceWorkbench';

const STORAGE_KEY = 'presales.prices.versionId';

/** The version last looked at in this window, so leaving the page and coming back keeps it. */
function storedVersionId(): number | null {
  const stored = Number(window.sessionStorage.getItem(STORAGE_KEY));
  return Number.isInteger(stored) && stored > 0 ? stored : null;
}

function EmptyState({ onSelect }: { onSelect(versionId: number): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  return (
    <Paper withBorder radius="md" p="xl" data-testid="prices-empty">
      <Stack align="center" gap="md" py="xl">
        <ThemeIcon size={56} radius="xl" variant="light" color="indigo">
          <IconReceipt2 size={30} />
        </ThemeIcon>
        <Title order={4}>{t('prices.empty.title')}</Title>
        <Text c="dimmed" ta="center" maw={520}>
          {t('prices.empty.text')}
        </Text>
        <Group gap="sm">
          <ImportButton
            versionId={null}
            onImported={(versionId) => {
              void client.invalidateQueries({ queryKey: ['prices.versions'] });
              onSelect(versionId);
            }}
          />
          <NewDraftButton
            from={null}
            onCreated={(version) => onSelect(version.id)}
            label={t('prices.empty.newDraft')}
            variant="filled"
          />
        </Group>
      </Stack>
    </Paper>
  );
}

/** 价格体系: the versions of the standard price list and their items. */
export function PricesPage() {
  const { t } = useTranslation();
  const versions = useMethod('prices.versions', {});
  const [chosenId, setChosenId] = useState<number | null>(storedVersionId);

  const choose = (versionId: number | null) => {
    setChosenId(versionId);
    if (versionId === null) window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, String(versionId));
  };

  if (versions.error) {
    return (
      <Stack gap="md">
        <Title order={2}>{t('prices.title')}</Title>
        <Alert color="red">{versions.error.message}</Alert>
      </Stack>
    );
  }
  if (!versions.data) {
    return (
      <Center h={300}>
        <Loader />
      </Center>
    );
  }
  if (versions.data.length === 0) {
    return (
      <Stack gap="md" maw={1000}>
        <Title order={2}>{t('prices.title')}</Title>
        <EmptyState onSelect={choose} />
      </Stack>
    );
  }
  const list = versions.data;
  // A version deleted meanwhile (or never chosen) falls back to the one in effect, else the newest.
  const selected = list.find((v) => v.id === chosenId) ?? list.find((v) => v.id === defaultVersionId(list));
  if (!selected) return null;
  return <PriceWorkbench versions={list} version={selected} onSelect={choose} />;
}
