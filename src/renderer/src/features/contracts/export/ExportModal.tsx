import { Alert } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../../shared/locale';
import { call } from '../../../api/client';
import { DocumentExportModal } from '../../../components/DocumentExportModal';

const FORMATS = ['docx', 'pdf'] as const;

interface ExportProps {
  opened: boolean;
  onClose(): void;
  contractId: number;
  /** The revision shown when it is not the latest (the file is made from that revision). */
  revision: number | undefined;
  /** The contract's language: the document's headings match it by default. */
  lang: Locale;
  /** Unresolved merge fields: the server refuses the export until they are fixed. */
  problems: number;
  /** Saves pending edits first; false when that was not possible. */
  flush(): Promise<boolean>;
}

/** 导出: Word for legal review (with the non-standard clause appendix) or PDF for signing. */
export function ExportModal({ opened, onClose, contractId, revision, lang, problems, flush }: ExportProps) {
  const { t } = useTranslation();
  return (
    <DocumentExportModal
      opened={opened}
      onClose={onClose}
      textKey="contractUi.export"
      saveFirstKey="contractUi.save.saveFirst"
      testId="contract-export"
      formats={FORMATS}
      initialLocale={lang}
      notice={
        problems > 0 && (
          <Alert color="red" icon={<IconBan size={18} />} data-testid="contract-export-blocked">
            {t('contractUi.export.blocked', { n: problems })}
          </Alert>
        )
      }
      purpose={(format) => t(`contractUi.export.purpose.${format}`)}
      flush={flush}
      exportFile={(format, locale) => call('contracts.export', { id: contractId, revision, format, locale })}
    />
  );
}
