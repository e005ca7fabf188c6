import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isForSigning } from '../../../../../shared/contract-drafts/lifecycle';
import type { MergeProblem } from '../../../../../shared/contract-drafts/merge';
import type { ContractState } from '../../../../../shared/contract-drafts/types';
import type { Locale } from '../../../../../shared/locale';
import { call } from '../../../api/client';
import { useMethod } from '../../../api/queries';
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
  /** The state of the revision shown: a draft exports with marked blanks, the version for signing does not. */
  state: ContractState;
  /** Unresolved merge fields of that revision. */
  problems: readonly MergeProblem[];
  /** Saves pending edits first; false when that was not possible. */
  flush(): Promise<boolean>;
}

/**
 * What the files will lack: for a draft, a warning listing the values still to complete (they are
 * printed as marked blanks); for the version for signing, an error — the server refuses it.
 */
function MissingNotice({ state, problems }: { state: ContractState; problems: readonly MergeProblem[] }) {
  const { t, i18n } = useTranslation();
  if (problems.length === 0) return null;
  if (isForSigning(state)) {
    return (
      <Alert color="red" icon={<IconBan size={18} />} data-testid="contract-export-blocked">
        {t('contractUi.export.blocked', { n: problems.length })}
      </Alert>
    );
  }
  // Named as the editor names them ("甲方开户银行"), once each.
  const labels = [
    ...new Set(
      problems.map((p) =>
        p.problem === 'empty' && i18n.exists(`contracts.fields.${p.field}`)
          ? t(`contracts.fields.${p.field}`)
          : `{{${p.field}}}`,
      ),
    ),
  ];
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle size={18} />}
      title={t('contractUi.export.blanksTitle', { n: labels.length })}
      data-testid="contract-export-blanks"
    >
      <Text size="sm" mb={4}>
        {t('contractUi.export.blanksIntro')}
      </Text>
      <List size="sm" spacing={2}>
        {labels.map((label) => (
          <List.Item key={label} data-testid="contract-export-blank">
            {label}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** 导出: Word for legal review (with the non-standard clause appendix) or PDF for signing. */
export function ExportModal({ opened, onClose, contractId, revision, lang, state, problems, flush }: ExportProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const folderDefaults = useMethod('contracts.exportDefaults', {});
  return (
    <DocumentExportModal
      opened={opened}
      onClose={onClose}
      textKey="contractUi.export"
      saveFirstKey="contractUi.save.saveFirst"
      testId="contract-export"
      formats={FORMATS}
      initialLocale={lang}
      notice={<MissingNotice state={state} problems={problems} />}
      purpose={(format) => t(`contractUi.export.purpose.${format}`)}
      flush={flush}
      exportFile={(format, locale) => call('contracts.export', { id: contractId, revision, format, locale })}
      folder={{
        initial: folderDefaults.data?.folder,
        write: async (format, locale, folder) => {
          const written = await call('contracts.exportToFolder', { id: contractId, revision, format, locale, folder });
          // The folder written to is where the next contract export starts.
          if (written.ok) void client.invalidateQueries({ queryKey: ['contracts.exportDefaults'] });
          return written;
        },
      }}
    />
  );
}
