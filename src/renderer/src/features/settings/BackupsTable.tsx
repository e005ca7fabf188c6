import { Badge, Table, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../shared/api/database';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatBytes, formatDateTime } from '../../components/format';

interface BackupsTableProps {
  backups: BackupEntry[];
  onRestore(name: string): Promise<void>;
}

/** Backups, newest first, each with a restore button that asks first. */
export function BackupsTable({ backups, onRestore }: BackupsTableProps) {
  const { t, i18n } = useTranslation();
  if (backups.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('backups.none')}
      </Text>
    );
  return (
    <Table striped highlightOnHover data-testid="backups-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('backups.time')}</Table.Th>
          <Table.Th>{t('backups.reason')}</Table.Th>
          <Table.Th>{t('backups.file')}</Table.Th>
          <Table.Th ta="right">{t('backups.size')}</Table.Th>
          <Table.Th ta="right">{t('backups.schema')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.name}>
            <Table.Td>{formatDateTime(backup.createdAt, i18n.language)}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={backup.reason === 'manual' ? 'indigo' : 'gray'}>
                {t(`backups.reasons.${backup.reason}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text ff="monospace" size="xs">
                {backup.name}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{formatBytes(backup.sizeBytes)}</Table.Td>
            <Table.Td ta="right">{backup.schemaVersion ?? '—'}</Table.Td>
            <Table.Td ta="right">
              <ConfirmButton
                size="xs"
                variant="light"
                color="orange"
                leftSection={<IconRestore size={14} />}
                title={t('backups.restoreConfirmTitle')}
                message={t('backups.restoreConfirm', { file: backup.name })}
                onConfirm={() => onRestore(backup.name)}
                data-testid={`restore-${backup.name}`}
              >
                {t('backups.restore')}
              </ConfirmButton>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
