import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_FORMATS } from '../../../../../shared/api/library';
import { localeFromTag } from '../../../../../shared/locale';
import { call } from '../../../api/client';
import { DocumentExportModal } from '../../../components/DocumentExportModal';

interface ExportProps {
  opened: boolean;
  onClose(): void;
  proposalId: number;
  blocker: string | null;
  warnings: string[];
  /** Saves pending edits first; false when that failed. */
  flush(): Promise<boolean>;
}

/** 导出: Word, PDF or the deviation table (Excel), in Chinese or English, downloaded directly. */
export function ProposalExport({ opened, onClose, proposalId, blocker, warnings, flush }: ExportProps) {
  const { t, i18n } = useTranslation();
  return (
    <DocumentExportModal
      opened={opened}
      onClose={onClose}
      textKey="libraryUi.export"
      saveFirstKey="libraryUi.export.saveFirst"
      testId="proposal-export"
      formats={DOCUMENT_FORMATS}
      initialLocale={localeFromTag(i18n.language)}
      notice={
        <>
          {blocker && (
            <Alert color="red" icon={<IconBan size={18} />} title={t('libraryUi.problems.blockerTitle')}>
              <Text size="sm">{blocker}</Text>
            </Alert>
          )}
          {warnings.length > 0 && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
              {warnings.map((w) => (
                <Text key={w} size="sm">
                  {w}
                </Text>
              ))}
            </Alert>
          )}
        </>
      }
      variant={(format) => (format === 'xlsx' ? 'default' : 'filled')}
      flush={flush}
      exportFile={(format, locale) => call('proposals.export', { id: proposalId, format, locale })}
    />
  );
}
