import { Badge, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAction, useMethod } from '../../../api/queries';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { formatDateTime } from '../../../components/format';
import { notifyError, notifySuccess } from '../../../components/notify';
import { IMPORT_CHANGES } from './import-changes';

/** Every import, newest first, and undoing the last one while its draft is unpublished. */
export function ImportLog() {
  const { t, i18n } = useTranslation();
  const log = useMethod('imports.log', {});
  const undo = useAction('imports.undoLast', IMPORT_CHANGES);
  const entries = log.data ?? [];
  const last = entries.find((entry) => entry.canUndo);
  const number = (value: number) => value.toLocaleString(i18n.language);

  if (log.isPending) return <Loader size="sm" />;
  return (
    <Stack gap="md">
      {last && (
        <Group justify="flex-end">
          <ConfirmButton
            variant="light"
            color="orange"
            leftSection={<IconArrowBackUp size={16} />}
            loading={undo.isPending}
            title={t('prices.importer.log.undoTitle')}
            message={t('prices.importer.log.undoConfirm', { file: last.fileName, label: last.versionLabel ?? '' })}
            onConfirm={() =>
              undo.mutateAsync({}).then(
                (entry) => notifySuccess(t('prices.importer.log.undoneMessage', { file: entry.fileName })),
                (error: unknown) => notifyError(t('common.error'), error),
              )
            }
            data-testid="import-undo-last"
          >
            {t('prices.importer.log.undo')}
          </ConfirmButton>
        </Group>
      )}
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="import-log-empty">
          {t('prices.importer.log.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900} mah={420}>
          <Table striped highlightOnHover stickyHeader data-testid="import-log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('prices.importer.log.file')}</Table.Th>
                <Table.Th>{t('prices.importer.log.time')}</Table.Th>
                <Table.Th ta="right">{t('prices.importer.log.rows')}</Table.Th>
                <Table.Th ta="right">{t('prices.importer.log.imported')}</Table.Th>
                <Table.Th ta="right">{t('prices.importer.log.updated')}</Table.Th>
                <Table.Th ta="right">{t('prices.importer.log.skipped')}</Table.Th>
                <Table.Th ta="right">{t('prices.importer.log.errors')}</Table.Th>
                <Table.Th>{t('prices.importer.log.version')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id} data-testid={`import-log-${entry.id}`} c={entry.undone ? 'dimmed' : undefined}>
                  <Table.Td>
                    <Text size="sm" style={{ wordBreak: 'break-all' }}>
                      {entry.fileName}
                    </Text>
                    {entry.sheet && (
                      <Text size="xs" c="dimmed">
                        {entry.sheet}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, i18n.language)}</Table.Td>
                  <Table.Td ta="right">{number(entry.rowsRead)}</Table.Td>
                  <Table.Td ta="right">{number(entry.imported)}</Table.Td>
                  <Table.Td ta="right">{number(entry.updated)}</Table.Td>
                  <Table.Td ta="right">{number(entry.skipped)}</Table.Td>
                  <Table.Td ta="right" c={entry.errors > 0 && !entry.undone ? 'red.7' : undefined}>
                    {number(entry.errors)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {entry.versionLabel !== null ? (
                        <Text size="sm" td={entry.undone ? 'line-through' : undefined}>
                          {entry.versionLabel}
                        </Text>
                      ) : (
                        !entry.undone && (
                          <Text size="sm" c="dimmed">
                            {t('prices.importer.log.deleted')}
                          </Text>
                        )
                      )}
                      {entry.undone && (
                        <Badge size="sm" variant="light" color="gray" data-testid="import-log-undone">
                          {t('prices.importer.log.undone')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
