import { Alert, Badge, Button, Center, Divider, Drawer, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../../shared/locale';
import { useMethod } from '../../../api/queries';
import { formatDateTime } from '../../../components/format';
import { ACTOR_KEY } from '../editor/ActionModal';
import { emptyForm, formFromClause } from './clause-form-model';
import { ClauseForm } from './ClauseForm';

function VersionHistory({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const clause = useMethod('clauses.get', { id });
  const history = clause.data?.history ?? [];
  return (
    <Stack gap="xs" data-testid="clause-history">
      <Text fw={600} size="sm">
        {t('contractUi.library.history')}
      </Text>
      <Table fz="sm" verticalSpacing={4} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contractUi.library.columns.version')}</Table.Th>
            <Table.Th>{t('contractUi.library.columns.at')}</Table.Th>
            <Table.Th>{t('contractUi.library.columns.by')}</Table.Th>
            <Table.Th>{t('contractUi.library.columns.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((v) => (
            <Table.Tr key={v.version} data-testid="clause-version" data-version={v.version}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('contractUi.library.version', { n: v.version })}
                {v.mandatory && (
                  <Badge size="xs" variant="outline" color="dark" ml={6}>
                    {t('contractUi.clause.mandatory')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(v.createdAt, i18n.language)}
              </Table.Td>
              <Table.Td>{v.createdBy || '—'}</Table.Td>
              <Table.Td>
                {v.note || (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function ExistingClause({
  id,
  onDirty,
  onSaved,
}: {
  id: number;
  onDirty(d: boolean): void;
  onSaved(id: number): void;
}) {
  const { t } = useTranslation();
  const clause = useMethod('clauses.get', { id });
  if (clause.error) return <Alert color="red">{clause.error.message}</Alert>;
  if (!clause.data) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  const summary = clause.data.clause;
  return (
    <Stack gap="lg">
      <Group gap="xs">
        <Badge variant="light">{t(`contracts.categories.${summary.category}`)}</Badge>
        <Badge variant="outline" color="gray" tt="none">
          {t('contractUi.library.version', { n: summary.version })}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('contractUi.library.usedBy', { n: summary.usedBy })}
        </Text>
      </Group>
      <ClauseForm
        key={`${summary.id}:${summary.version}`}
        initial={formFromClause(summary, window.localStorage.getItem(ACTOR_KEY) ?? '')}
        clause={summary}
        onDirty={onDirty}
        onSaved={(saved) => onSaved(saved.id)}
      />
      <Divider />
      <VersionHistory id={id} />
    </Stack>
  );
}

/** The clause editor beside the library: a clause (with its versions) or a new one. */
export function ClauseDrawer({
  selected,
  lang,
  onClose,
  onSaved,
}: {
  selected: number | 'new' | null;
  lang: Locale;
  onClose(): void;
  onSaved(id: number): void;
}) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const close = () => (dirty ? setConfirming(true) : onClose());
  return (
    <>
      <Drawer
        opened={selected !== null}
        onClose={close}
        position="right"
        size="xl"
        title={<Text fw={600}>{selected === 'new' ? t('contractUi.library.new') : t('contractUi.library.edit')}</Text>}
        data-testid="clause-drawer"
      >
        {selected === 'new' && (
          <ClauseForm
            initial={emptyForm(lang, window.localStorage.getItem(ACTOR_KEY) ?? '')}
            clause={null}
            onDirty={setDirty}
            onSaved={(saved) => onSaved(saved.id)}
          />
        )}
        {typeof selected === 'number' && <ExistingClause id={selected} onDirty={setDirty} onSaved={onSaved} />}
      </Drawer>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('contractUi.library.discardTitle')}
        centered
      >
        <Text size="sm">{t('contractUi.library.discard')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              setConfirming(false);
              setDirty(false);
              onClose();
            }}
          >
            {t('contractUi.library.discardConfirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
