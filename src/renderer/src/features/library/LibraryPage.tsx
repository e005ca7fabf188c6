import { Button, Group, Modal, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconBooks, IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHashDetail } from '../../components/use-hash-route';
import { LibraryTransfer } from './LibraryTransfer';
import { libraryDetail, parseLibraryDetail, type LibraryLocation } from './library-model';
import { SectionsTab } from './sections/SectionsTab';
import { SolutionsTab } from './solutions/SolutionsTab';

/**
 * 方案库: industry solutions (modules sold as catalogue items, with their features) and reusable
 * sections (company introduction, architecture, method…) that proposals pull in. The place is in
 * the URL (#/library/sections/12), so a proposal can link straight to the section it uses.
 */
export function LibraryPage() {
  const { t } = useTranslation();
  const [detail, setDetail] = useHashDetail();
  const location = parseLibraryDetail(detail);
  /** The open editor has changes that are not saved yet. */
  const [dirty, setDirty] = useState(false);
  const [pending, setPending] = useState<LibraryLocation | null>(null);

  const go = (next: LibraryLocation) => {
    if (libraryDetail(next) === libraryDetail(location)) return;
    if (dirty) {
      setPending(next);
      return;
    }
    setDetail(libraryDetail(next));
  };
  const discard = () => {
    if (pending) {
      setDirty(false);
      setDetail(libraryDetail(pending));
    }
    setPending(null);
  };

  return (
    <Stack gap="md" data-testid="library-page">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{t('libraryUi.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('libraryUi.intro')}
          </Text>
        </Stack>
        <LibraryTransfer />
      </Group>
      <Tabs
        value={location.tab}
        onChange={(value) => go({ tab: value === 'sections' ? 'sections' : 'solutions', selected: null })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="solutions" leftSection={<IconBooks size={16} />} data-testid="library-tab-solutions">
            {t('libraryUi.tabs.solutions')}
          </Tabs.Tab>
          <Tabs.Tab value="sections" leftSection={<IconFileText size={16} />} data-testid="library-tab-sections">
            {t('libraryUi.tabs.sections')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="solutions" pt="md">
          <SolutionsTab
            selected={location.selected}
            onSelect={(selected) => go({ tab: 'solutions', selected })}
            onSaved={(id) => {
              setDirty(false);
              setDetail(libraryDetail({ tab: 'solutions', selected: id }));
            }}
            onDirty={setDirty}
          />
        </Tabs.Panel>
        <Tabs.Panel value="sections" pt="md">
          <SectionsTab
            selected={location.selected}
            onSelect={(selected) => go({ tab: 'sections', selected })}
            onSaved={(id) => {
              setDirty(false);
              setDetail(libraryDetail({ tab: 'sections', selected: id }));
            }}
            onDirty={setDirty}
          />
        </Tabs.Panel>
      </Tabs>
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('libraryUi.unsaved.title')}
        centered
        data-testid="library-unsaved"
      >
        <Text size="sm">{t('libraryUi.unsaved.message')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setPending(null)}>
            {t('libraryUi.unsaved.stay')}
          </Button>
          <Button color="red" onClick={discard} data-testid="library-discard">
            {t('libraryUi.unsaved.discard')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
