import { Alert, Button, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconBook2, IconFilePlus, IconFileText, IconTemplate } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/queries';
import { useHashDetail } from '../../components/use-hash-route';
import { ContractEditor } from './editor/ContractEditor';
import { ClauseLibrary } from './library/ClauseLibrary';
import { ContractList } from './list/ContractList';
import { NewContractModal } from './list/NewContractModal';
import { contractsDetail, parseContractsDetail, type ContractsLocation } from './model/contracts-route';
import { TemplateEditor } from './templates/TemplateEditor';
import { TemplateList } from './templates/TemplateList';

function EditorRoute({
  id,
  revision,
  go,
}: {
  id: number;
  revision: number | null;
  go(location: ContractsLocation): void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const contract = useMethod('contracts.get', revision === null ? { id } : { id, revision });
  const back = () => go({ view: 'list' });
  if (contract.error) {
    return (
      <Stack gap="md" maw={720}>
        <Alert color="red" title={t('common.error')} data-testid="contract-load-error">
          {contract.error.message}
        </Alert>
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={back} w="fit-content">
          {t('contractUi.editor.back')}
        </Button>
      </Stack>
    );
  }
  if (!contract.data) {
    return (
      <Center h={300}>
        <Loader />
      </Center>
    );
  }
  const detail = contract.data;
  return (
    <ContractEditor
      // A new state or revision starts the editor again from what the server has.
      key={`${detail.id}:${detail.revision}:${detail.state}`}
      detail={detail}
      onBack={back}
      onOpenRevision={(r) => go({ view: 'editor', id, revision: r })}
      onActed={(next) => {
        client.setQueryData(['contracts.get', { id }], next);
        // Older revisions list the revisions too: they are read again when opened.
        void client.invalidateQueries({ queryKey: ['contracts.get', { id }], refetchType: 'none' });
        void client.invalidateQueries({ queryKey: ['contracts.list'] });
        if (revision !== null) go({ view: 'editor', id, revision: null });
      }}
    />
  );
}

/**
 * 合同: contracts drafted from approved quotes (list and editor, #/contracts/<id>), the clause
 * library they are drafted from, and the templates that pick and order the clauses (list and
 * editor, #/contracts/templates/<id>).
 */
export function ContractsPage() {
  const { t } = useTranslation();
  const [detail, setDetail] = useHashDetail();
  const location = parseContractsDetail(detail);
  const go = (next: ContractsLocation) => setDetail(contractsDetail(next));
  const [creating, setCreating] = useState(false);

  if (location.view === 'editor') {
    return <EditorRoute key={location.id} id={location.id} revision={location.revision} go={go} />;
  }
  return (
    <Stack gap="md" data-testid="contracts-page">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Title order={2}>{t('contractUi.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('contractUi.intro')}
          </Text>
        </Stack>
        <Button
          leftSection={<IconFilePlus size={16} />}
          onClick={() => setCreating(true)}
          style={{ flexShrink: 0 }}
          data-testid="contract-new"
        >
          {t('contractUi.create.title')}
        </Button>
      </Group>
      <Tabs
        value={location.view}
        onChange={(value) =>
          go(
            value === 'library'
              ? { view: 'library', selected: null }
              : value === 'templates'
                ? { view: 'templates', selected: null }
                : { view: 'list' },
          )
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="list" leftSection={<IconFileText size={16} />} data-testid="contracts-tab-list">
            {t('contractUi.tabs.contracts')}
          </Tabs.Tab>
          <Tabs.Tab value="library" leftSection={<IconBook2 size={16} />} data-testid="contracts-tab-library">
            {t('contractUi.tabs.library')}
          </Tabs.Tab>
          <Tabs.Tab value="templates" leftSection={<IconTemplate size={16} />} data-testid="contracts-tab-templates">
            {t('contractUi.tabs.templates')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <ContractList onOpen={(id) => go({ view: 'editor', id, revision: null })} />
        </Tabs.Panel>
        <Tabs.Panel value="library" pt="md">
          <ClauseLibrary
            selected={location.view === 'library' ? location.selected : null}
            onSelect={(selected) => go({ view: 'library', selected })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="templates" pt="md">
          {location.view === 'templates' && location.selected !== null ? (
            <TemplateEditor
              key={location.selected}
              id={location.selected}
              onBack={() => go({ view: 'templates', selected: null })}
            />
          ) : (
            <TemplateList onEdit={(id) => go({ view: 'templates', selected: id })} />
          )}
        </Tabs.Panel>
      </Tabs>
      <NewContractModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          go({ view: 'editor', id, revision: null });
        }}
      />
    </Stack>
  );
}
